package io.colonies.web.rest.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.colonies.model.core.Process;
import io.colonies.web.rest.RestInputException;
import org.junit.jupiter.api.Test;

/** The listing cursor round-trips the keyset and refuses anything the server did not issue. */
class PageCursorTest {
    private static final String ID = "1b2c3d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddeeff001";

    @Test
    void roundTripsTheLastRowsKeyset() {
        Process last = new Process();
        last.prioritytime = -1767268800000000000L;
        last.processid = ID;
        PageCursor cursor = PageCursor.parse(PageCursor.after(last).encode());
        assertEquals(new PageCursor(-1767268800000000000L, ID), cursor);
        assertEquals(PageCursor.FIRST, PageCursor.parse(null));
    }

    @Test
    void refusesForgedCursorsNamingTheParameter() {
        for (String forged : new String[] {"xyz", "MTIz", PageCursor.FIRST.encode(), "!!"}) {
            assertEquals("cursor", assertThrows(RestInputException.class, () -> PageCursor.parse(forged)).field());
        }
    }
}

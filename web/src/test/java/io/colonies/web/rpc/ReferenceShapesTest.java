package io.colonies.web.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceShapesTest {
    @Test
    void emptyListsAreNullAsTheReferenceEncodesANilSlice() {
        assertEquals("null", ReferenceShapes.replyJson(List.of()));
        assertEquals("null", ReferenceShapes.replyJson(new String[0]));
    }

    @Test
    void everythingElseKeepsItsShape() {
        assertFalse(ReferenceShapes.isEmptyList(List.of("a")));
        assertFalse(ReferenceShapes.isEmptyList(Map.of()), "an empty object stays {}");
        assertFalse(ReferenceShapes.isEmptyList("text"));
        assertFalse(ReferenceShapes.isEmptyList(null));
        assertTrue(ReferenceShapes.isEmptyList(new java.util.ArrayList<>()));
    }
}

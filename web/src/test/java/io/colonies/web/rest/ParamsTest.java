package io.colonies.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.colonies.model.core.ProcessState;
import org.junit.jupiter.api.Test;

/** Query parameters: names or numbers for states, bounded limits, and the parameter named on error. */
class ParamsTest {
    @Test
    void statesByNameOrNumber() {
        assertEquals(ProcessState.WAITING, Params.state("waiting"));
        assertEquals(ProcessState.SUCCESS, Params.state("SUCCESS"));
        assertEquals(ProcessState.FAILED, Params.state("3"));
        assertEquals(ProcessState.CANCELLED, Params.state("cancelled"));
        assertEquals(ProcessState.CANCELLED, Params.state("4"));
        assertEquals("state", assertThrows(RestInputException.class, () -> Params.state("5")).field());
        assertEquals(ProcessState.NOTSET, Params.optionalState(null, ProcessState.NOTSET));
        assertEquals("state", assertThrows(RestInputException.class, () -> Params.state("done")).field());
        assertEquals("state", assertThrows(RestInputException.class, () -> Params.state(null)).field());
    }

    @Test
    void limitsAreBounded() {
        assertEquals(Params.DEFAULT_LIMIT, Params.limit(null));
        assertEquals(100, Params.limit("100"));
        assertEquals("limit", assertThrows(RestInputException.class, () -> Params.limit("101")).field());
        assertEquals("limit", assertThrows(RestInputException.class, () -> Params.limit("0")).field());
        assertEquals("limit", assertThrows(RestInputException.class, () -> Params.limit("ten")).field());
    }

    @Test
    void booleansAreTrueOrFalse() {
        assertEquals(false, Params.bool("attributes", null));
        assertEquals(true, Params.bool("attributes", "true"));
        assertEquals(false, Params.bool("attributes", "false"));
        assertEquals("attributes", assertThrows(RestInputException.class, () -> Params.bool("attributes", "yes"))
                .field());
    }
}

package io.colonies.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import org.junit.jupiter.api.Test;

/** JSON-B failure texts become a 400 that names the dotted field path. */
class JsonErrorsTest {
    @Test
    void nestedPropertiesBecomeADottedPath() {
        JsonbException e = new JsonbException("Unable to deserialize property 'conditions' because of: Unable to"
                + " deserialize property 'executorids' because of: Incorrect position for processing type: interface"
                + " java.util.List. Received event: VALUE_NUMBER Allowed: [START_ARRAY]");
        RestInputException input = JsonErrors.toInputError(e);
        assertEquals("conditions.executorids", input.field());
        assertTrue(input.getMessage().startsWith("Invalid value of field 'conditions.executorids': Incorrect position"),
                input.getMessage());
    }

    @Test
    void syntaxErrorsHaveNoFieldButAPosition() {
        JsonbException e = new JsonbException("Internal error: Unexpected char 98 at (line no=1, column no=3, offset=2)",
                new IllegalStateException("Unexpected char 98 at (line no=1, column no=3, offset=2)"));
        RestInputException input = JsonErrors.toInputError(e);
        assertNull(input.field());
        assertEquals("Malformed JSON body: Unexpected char 98 at (line no=1, column no=3, offset=2)", input.getMessage());
    }
}

package io.colonies.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {
    @Test
    void readsTopLevelFieldsOfEachItemAndNotThoseOfNestedObjects() {
        String results = "[{\"processid\":\"a1\",\"status\":200},"
                + "{\"processid\":\"b2\",\"status\":409,\"problem\":{\"status\":500,\"processid\":\"x\","
                + "\"detail\":\"process was cancelled\"}},"
                + "{\"problem\":{\"status\":400},\"status\":400,\"processid\":\"\"}]";
        assertEquals(List.of(Map.of("processid", "a1", "status", "200"), Map.of("processid", "b2", "status", "409"),
                        Map.of("processid", "", "status", "400")),
                JsonFields.arrayItems(results, Set.of("processid", "status")));
    }

    @Test
    void readsTheIdsOfABatchOfProcessesPastTheirSpecsAndArrays() {
        String processes = "[{\"spec\":{\"args\":[\"bench\",{\"processid\":\"nested\"}]},\"processid\":\"p1\","
                + "\"in\":[],\"state\":1},{\"processid\":\"p2\",\"attributes\":[{\"processid\":\"p2\"}]}]";
        assertEquals(List.of(Map.of("processid", "p1"), Map.of("processid", "p2")),
                JsonFields.arrayItems(processes, Set.of("processid")));
    }

    @Test
    void aSingleObjectIsNotABatch() {
        assertThrows(IllegalStateException.class,
                () -> JsonFields.arrayItems("{\"processid\":\"p1\"}", Set.of("processid")));
    }

    @Test
    void closuresAreSuccessesWithOutOk() {
        String json = BenchExecutor.closuresJson(List.of("a1", "b2"));
        assertEquals("[{\"processid\":\"a1\",\"successful\":true,\"out\":[\"ok\"]},"
                + "{\"processid\":\"b2\",\"successful\":true,\"out\":[\"ok\"]}]", json);
        assertEquals(List.of(Map.of("processid", "a1"), Map.of("processid", "b2")),
                JsonFields.arrayItems(json, Set.of("processid")));
    }
}

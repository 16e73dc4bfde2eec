package it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.colonies.model.json.WireJson;
import java.util.Map;

/** Moves the clocks of both replicas together, so deadlines pass without the test sleeping. */
public final class TestClock {
    private TestClock() {
    }

    /** Gives both replicas the same clock, {@code seconds} later than the later of the two. */
    public static void advanceBoth(long seconds) {
        long base = Math.max(offset(Rpc.replicaA()), offset(Rpc.replicaB()));
        for (Rpc replica : new Rpc[] {Rpc.replicaA(), Rpc.replicaB()}) {
            assertEquals(200, replica.post("/testsupport/clock/offset?seconds=" + (base + seconds)).statusCode());
        }
    }

    /** Aligns the replicas (a redeployed replica starts again at offset 0). */
    public static void alignBoth() {
        advanceBoth(0);
    }

    public static int waitingAssigns(Rpc replica) {
        return ((Number) state(replica).get("waitingAssigns")).intValue();
    }

    public static String nodeName(Rpc replica) {
        return (String) state(replica).get("node");
    }

    private static long offset(Rpc replica) {
        return ((Number) state(replica).get("clockOffsetSeconds")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> state(Rpc replica) {
        return WireJson.fromJson(replica.get("/testsupport/state").body(), Map.class);
    }
}

package io.colonies.bench.profile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JfrTopTest {
    @Test
    void aJdkFrameCountsForTheLibraryThatCalledIt() {
        JfrTop top = new JfrTop();
        top.add(List.of(new String[] {"java.util.HashMap", "get"}, new String[] {"org.jboss.weld.Bean", "create"},
                new String[] {"io.colonies.web.X", "handle"}));
        top.add(List.of(new String[] {"org.bouncycastle.math.ec.ECPoint", "add"}, new String[] {"io.colonies.model.Y", "verify"}));
        String report = top.report(5);
        assertTrue(report.contains("| Weld (CDI) | 50.0 % | 50.0 % |"), report);
        assertTrue(report.contains("| Bouncy Castle | 50.0 % | 50.0 % |"), report);
        assertTrue(report.contains("| JDK | 0.0 % | 50.0 % |"), "no sample ran only JDK frames: " + report);
        assertTrue(report.contains("`java.util.HashMap.get` | 50.0 %"), report);
    }

    @Test
    void ourCodeOnTheStackIsCountedInclusive() {
        JfrTop top = new JfrTop();
        top.add(List.of(new String[] {"org.postgresql.core.PGStream", "receive"}, new String[] {"io.colonies.server.Z", "claim"}));
        String report = top.report(5);
        assertTrue(report.contains("| pgjdbc | 100.0 % | 100.0 % |"), report);
        assertTrue(report.contains("| Colonies (our code) | 0.0 % | 100.0 % |"), report);
        assertTrue(report.contains("1 CPU samples"), report);
    }
}

package io.colonies.client.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromOneHundredMillisecondsUpToFiveSecondsAndResets() {
        Backoff backoff = new Backoff();
        long[] expected = {100, 200, 400, 800, 1600, 3200, 5000, 5000};
        for (long millis : expected) {
            assertEquals(Duration.ofMillis(millis), backoff.next());
        }
        backoff.reset();
        assertEquals(Duration.ofMillis(100), backoff.next());
    }
}

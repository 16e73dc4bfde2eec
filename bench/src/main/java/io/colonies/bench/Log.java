package io.colonies.bench;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Progress goes to stderr so that stdout carries nothing but the JSON result lines. */
final class Log {
    private Log() {
    }

    static void info(String message) {
        System.err.println(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " " + message);
    }
}

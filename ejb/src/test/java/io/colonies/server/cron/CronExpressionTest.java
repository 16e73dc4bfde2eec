package io.colonies.server.cron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.colonies.server.error.ErrorKind;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The robfig/cron v3 dialect of PROTOCOL §6.8, evaluated from fixed instants. */
class CronExpressionTest {
    /** A Wednesday. */
    private static final Instant NOW = Instant.parse("2023-03-01T12:00:00Z");

    private static Instant next(String expression, Instant from) {
        return CronExpression.parse(expression).next(from);
    }

    private static Instant next(String expression) {
        return next(expression, NOW);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "0/5 * * * * *      | 2023-03-01T12:00:05Z",
        "30 * * * * *       | 2023-03-01T12:00:30Z",
        "59 3 15 * * MON    | 2023-03-06T15:03:59Z",
        "0 0 15 24 12 *     | 2023-12-24T15:00:00Z",
        "0 0 12 * * *       | 2023-03-02T12:00:00Z",
        "10,20 * * * * *    | 2023-03-01T12:00:10Z",
        "50/5 * * * * *     | 2023-03-01T12:00:50Z",
        "0 0 0 * jan-mar/2 * | 2023-03-02T00:00:00Z",
        "0 0 0 29 2 *       | 2024-02-29T00:00:00Z",
    })
    void findsTheNextMatchStrictlyAfterNow(String expression, String expected) {
        assertEquals(Instant.parse(expected), next(expression));
    }

    @Test
    void ignoresFractionsOfTheCurrentSecond() {
        assertEquals(Instant.parse("2023-03-01T12:00:05Z"), next("0/5 * * * * *", NOW.plusMillis(4500)));
        assertEquals(Instant.parse("2023-03-01T12:00:10Z"), next("0/5 * * * * *", NOW.plusSeconds(5)));
    }

    @Test
    void stepFromAValueRunsToTheFieldMaximum() {
        Instant first = next("50/5 * * * * *");
        Instant second = next("50/5 * * * * *", first);
        assertEquals(Instant.parse("2023-03-01T12:00:55Z"), second);
        assertEquals(Instant.parse("2023-03-01T12:01:50Z"), next("50/5 * * * * *", second));
        assertEquals(Instant.parse("2023-03-01T12:00:03Z"), next("1-5/2 * * * * *", NOW.plusSeconds(1)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "0 0 0 * jan *  | 2024-01-01T00:00:00Z",
        "0 0 0 * JAN *  | 2024-01-01T00:00:00Z",
        "0 0 0 * Jan *  | 2024-01-01T00:00:00Z",
        "0 0 0 * * sun  | 2023-03-05T00:00:00Z",
        "0 0 0 * * SAT  | 2023-03-04T00:00:00Z",
        "0 0 0 * * 0    | 2023-03-05T00:00:00Z",
        "0 0 0 * * mon-FRI/2 | 2023-03-03T00:00:00Z",
    })
    void namesAreCaseInsensitiveAndSundayIsZero(String expression, String expected) {
        assertEquals(Instant.parse(expected), next(expression));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "? * * * * *    | 2023-03-01T12:00:01Z",
        "0 0 0 ? * ?    | 2023-03-02T00:00:00Z",
        "0 0 0 ? * 1    | 2023-03-06T00:00:00Z",
        "0 0 0 1 * ?    | 2023-04-01T00:00:00Z",
    })
    void questionMarkMeansAnyInEveryField(String expression, String expected) {
        assertEquals(Instant.parse(expected), next(expression));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "0 0 0 1 * 1          | 2023-03-06T00:00:00Z",
        "0 0 0 */2 * 1        | 2023-03-03T00:00:00Z",
        "0 0 0 1,15 * mon-fri | 2023-03-02T00:00:00Z",
        "0 0 0 1-31 * 1       | 2023-03-02T00:00:00Z",
    })
    void bothDayFieldsRestrictedMeansEitherMatches(String expression, String expected) {
        assertEquals(Instant.parse(expected), next(expression));
    }

    @Test
    void dayOfMonthStillCountsUnderTheOrRule() {
        assertEquals(Instant.parse("2023-04-01T00:00:00Z"), next("0 0 0 1 * 1", Instant.parse("2023-03-27T12:00:00Z")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "0 0 0 * * 1     | 2023-03-06T00:00:00Z",
        "0 0 0 */1 * 1   | 2023-03-06T00:00:00Z",
        "0 0 0 *,5 * 1   | 2023-03-06T00:00:00Z",
        "0 0 0 1 * */1   | 2023-04-01T00:00:00Z",
        "0 0 0 1 * *     | 2023-04-01T00:00:00Z",
    })
    void anUnrestrictedDayFieldMeansBothMustMatch(String expression, String expected) {
        assertEquals(Instant.parse(expected), next(expression));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "@yearly   | 2024-01-01T00:00:00Z",
        "@annually | 2024-01-01T00:00:00Z",
        "@monthly  | 2023-04-01T00:00:00Z",
        "@weekly   | 2023-03-05T00:00:00Z",
        "@daily    | 2023-03-02T00:00:00Z",
        "@midnight | 2023-03-02T00:00:00Z",
        "@hourly   | 2023-03-01T13:00:00Z",
    })
    void descriptors(String expression, String expected) {
        assertEquals(Instant.parse(expected), next(expression));
    }

    @Test
    void everyAddsWholeSecondsToNowTruncatedToTheSecond() {
        Instant now = NOW.plusMillis(700);
        assertEquals(Instant.parse("2023-03-01T13:30:10Z"), next("@every 1h30m10s", now));
        assertEquals(Instant.parse("2023-03-01T12:00:01Z"), next("@every 1.9s", now));
        assertEquals(Instant.parse("2023-03-01T12:00:01Z"), next("@every 100ms", now));
        assertEquals(Instant.parse("2023-03-01T12:00:01Z"), next("@every 0", now));
    }

    @Test
    void zonePrefixesSelectTheZoneAndUtcIsTheDefault() {
        assertEquals(Instant.parse("2023-03-02T11:00:00Z"), next("TZ=Europe/Stockholm 0 0 12 * * *"));
        assertEquals(Instant.parse("2023-03-02T05:00:00Z"), next("CRON_TZ=America/New_York @daily"));
        assertEquals(Instant.parse("2023-03-01T12:00:30Z"), next("TZ=Asia/Tokyo @every 30s"));
        assertEquals(Instant.parse("2023-03-02T00:00:00Z"), next("@daily"));
    }

    @Test
    void localTimesThatDoNotExistAreSkippedAndRepeatedOnesRunTwice() {
        String daily = "TZ=Europe/Stockholm 0 30 2 * * *";
        assertEquals(Instant.parse("2023-03-27T00:30:00Z"), next(daily, Instant.parse("2023-03-25T12:00:00Z")));
        String hourly = "TZ=Europe/Stockholm 0 0 * * * *";
        Instant firstTwoOClock = next(hourly, Instant.parse("2023-10-28T23:30:00Z"));
        assertEquals(Instant.parse("2023-10-29T00:00:00Z"), firstTwoOClock);
        assertEquals(Instant.parse("2023-10-29T01:00:00Z"), next(hourly, firstTwoOClock));
    }

    @Test
    void anImpossibleDateHasNoNextRun() {
        assertNull(next("0 0 0 30 2 *"));
    }

    @Test
    void reportsTheFieldCountLikeRobfig() {
        CronException e = assertThrows(CronException.class, () -> CronExpression.parse("* * * * *"));
        assertEquals(ErrorKind.BAD_REQUEST, e.kind());
        assertEquals("expected exactly 6 fields, found 5: [* * * * *]", e.getMessage());
        assertEquals("expected exactly 6 fields, found 7: [0 0 0 1,2 * * 2023]",
                assertThrows(CronException.class, () -> CronExpression.parse("0 0 0 1,2 * * 2023")).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "60 * * * * *", "0 60 * * * *", "0 0 24 * * *", "0 0 0 0 * *", "0 0 0 32 * *", "0 0 0 * 0 *",
        "0 0 0 * 13 *", "0 0 0 * * 7", "0 0 0 5-2 * *", "0 0 0 L * *", "0 0 0 15W * *", "0 0 0 * * 1#2",
        "*/0 * * * * *", "0 0 0 * foo *", "@every", "@every 5x", "@fortnightly", "TZ=Mars/Olympus 0 * * * * *",
    })
    void rejectsWhatTheDialectDoesNotAllow(String expression) {
        assertEquals(ErrorKind.BAD_REQUEST,
                assertThrows(CronException.class, () -> CronExpression.parse(expression)).kind());
    }

    @Test
    void namesTheProblem() {
        assertEquals("empty spec string", assertThrows(CronException.class, () -> CronExpression.parse("  "))
                .getMessage());
        assertEquals("unrecognized descriptor: @fortnightly",
                assertThrows(CronException.class, () -> CronExpression.parse("@fortnightly")).getMessage());
        assertTrue(assertThrows(CronException.class, () -> CronExpression.parse("@every 5x")).getMessage()
                .startsWith("failed to parse duration @every 5x: time: unknown unit"));
        assertTrue(assertThrows(CronException.class, () -> CronExpression.parse("TZ=Mars/Olympus @daily"))
                .getMessage().startsWith("provided bad location Mars/Olympus"));
    }

    @Test
    void garbageIsAlwaysABadRequestNeverACrash() {
        java.util.Random random = new java.util.Random(42);
        String alphabet = "0123456789*/?,-LW#janmoMONsuSAT";
        for (int i = 0; i < 1000; i++) {
            StringBuilder expression = new StringBuilder();
            for (int field = 0; field < 6; field++) {
                for (int c = 0, n = 1 + random.nextInt(5); c < n; c++) {
                    expression.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                expression.append(' ');
            }
            try {
                CronSchedule schedule = CronExpression.parse(expression.toString());
                schedule.next(NOW);
            } catch (CronException e) {
                assertEquals(ErrorKind.BAD_REQUEST, e.kind());
            }
        }
    }

    @Test
    void normalisesOnlyRobfigOnlyForms() {
        assertEquals("*", CronExpression.normalise("?"));
        assertEquals("*/5", CronExpression.normalise("?/5"));
        assertEquals("*", CronExpression.normalise("*,5"));
        assertEquals("*", CronExpression.normalise("*/1"));
        assertEquals("1,15", CronExpression.normalise("1,15"));
        assertEquals("*/2", CronExpression.normalise("*/2"));
    }
}

package io.colonies.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void formatsEachKindOfFigure() {
        assertEquals("14,206/s", Numbers.rate(14206.4));
        assertEquals("597/s", Numbers.rate(596.6));
        assertEquals("11.5", Numbers.millis(11.46));
        assertEquals("0.87", Numbers.millis(0.874));
        assertEquals("2.94", Numbers.cpu(2.9449));
        assertEquals("0.042", Numbers.ratio(0.04203));
        assertEquals("8", Numbers.plain(8.0));
        assertEquals("1.50", Numbers.plain(1.5));
    }

    @Test
    void unknownValuesAreADash() {
        assertEquals("–", Numbers.rate(Double.NaN));
        assertEquals("–", Numbers.millis(Double.POSITIVE_INFINITY));
        assertEquals("–", Numbers.cpu(Double.NaN));
        assertEquals("–", Numbers.ratio(Double.NaN));
        assertEquals("–", Numbers.plain(Double.NaN));
    }
}

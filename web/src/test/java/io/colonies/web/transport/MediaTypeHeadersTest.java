package io.colonies.web.transport;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaTypeHeadersTest {
    /** Stands in for JAX-RS: type/subtype with non-empty parts, parameters ignored. */
    private final MediaTypeHeaders headers = new MediaTypeHeaders(text -> {
        String[] parts = text.split(";", 2)[0].trim().split("/", -1);
        if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new IllegalArgumentException(text);
        }
    });

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", " text/plain "})
    void aReadableContentTypePasses(String contentType) {
        assertNull(headers.problem(contentType, null));
    }

    @Test
    void noOrBlankHeadersPass() {
        assertNull(headers.problem(null, null));
        assertNull(headers.problem("  ", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "garbage/", "a/b/c"})
    void anUnreadableContentTypeIsNamed(String contentType) {
        String problem = headers.problem(contentType, "application/json");
        assertNotNull(problem);
        assertTrue(problem.startsWith("Content-Type '" + contentType + "'"), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2", "*", "application/json;q=0.5,",
            "*/*"})
    void acceptListsThatJaxRsReadsPass(String accept) {
        assertNull(headers.problem("application/json", accept));
    }

    @Test
    void theUnreadableRangeOfAnAcceptListIsNamed() {
        String problem = headers.problem(null, "application/json, garbage");
        assertNotNull(problem);
        assertTrue(problem.endsWith("'garbage'"), problem);
    }

    @Test
    void aCommaInsideQuotesSplitsTheRangeAsJaxRsDoes() {
        assertNotNull(headers.problem(null, "text/plain; x=\"a,b\""));
    }

    @Test
    void controlCharactersAndLongValuesAreNotEchoed() {
        String problem = headers.problem("bad\u0001" + "x".repeat(500), null);
        assertTrue(problem.contains("bad?x"), problem);
        assertTrue(problem.length() < 200, problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "application/*", " * / * ; q=1", "*"})
    void wildcardContentTypesAreRecognised(String contentType) {
        assertTrue(MediaTypeHeaders.isWildcard(contentType));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; x=*", "text/plain"})
    void concreteContentTypesAreNotWildcards(String contentType) {
        assertTrue(!MediaTypeHeaders.isWildcard(contentType));
    }
}

package it.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Arquillian;
import it.support.Rpc;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Badly framed request bodies are the client's fault (issue 14, finding 1, last bullet): each one is
 * a 400 in the endpoint's own error shape, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
class MalformedFramingIT {
    private static final String CHUNKED = "Transfer-Encoding: chunked";
    private static final Map<String, String[]> FRAMINGS = Map.of(
            "chunk size zz", new String[] {CHUNKED, "zz\r\nabc\r\n0\r\n\r\n"},
            "chunk size 2^64-1", new String[] {CHUNKED, "ffffffffffffffff\r\nabc\r\n0\r\n\r\n"},
            "chunk size -5", new String[] {CHUNKED, "-5\r\nabc\r\n0\r\n\r\n"},
            "unterminated chunked body", new String[] {CHUNKED, "5\r\n{\"a\":\r\n"},
            "Content-Length 99999999999999999999", new String[] {"Content-Length: 99999999999999999999", "{}"});

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Arquillian.builtEar();
    }

    @Test
    void badFramingOnRpcIsA400ErrorEnvelope() throws Exception {
        for (var framing : FRAMINGS.entrySet()) {
            RawHttp.Answer answer = send("/api", framing.getValue());
            assertEquals(400, answer.status(), framing.getKey() + ": " + answer.text());
            assertTrue(answer.text().contains("\"error\":true"), framing.getKey() + ": " + answer.text());
            assertTrue(answer.detail().contains("\"status\":400"), framing.getKey() + ": " + answer.detail());
        }
    }

    @Test
    void badFramingOnRestIsA400Problem() throws Exception {
        for (var framing : FRAMINGS.entrySet()) {
            RawHttp.Answer answer = send("/v1/colonies/" + "a".repeat(64) + "/processes", framing.getValue());
            assertEquals(400, answer.status(), framing.getKey() + ": " + answer.text());
            assertTrue(answer.head().toLowerCase().contains("application/problem+json"), framing.getKey() + ": " + answer.text());
            assertTrue(answer.detail().contains("\"status\":400"), framing.getKey() + ": " + answer.detail());
        }
    }

    private static RawHttp.Answer send(String path, String[] framing) throws Exception {
        try (RawHttp http = new RawHttp(Rpc.replicaA().baseUrl(), 30_000)) {
            http.send(RawHttp.head("POST", path, framing[0]) + framing[1]);
            http.halfClose();
            return http.await(40);
        }
    }
}

package it.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.support.Arquillian;
import it.support.Rpc;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /**
     * A request refused by the transport or the container may leave the connection unusable, so the
     * server closes it after the reply. The reply must say so (Connection: close), or a client pools
     * the connection and its next request, sent as the server closes, gets no answer at all. Checked
     * while chasing FuzzIT's one dropped connection in 30,000 (seed 6531277369672188886): every shape
     * here holds, so that drop was not one of them (docs/reliability.md, finding 16).
     */
    @Test
    void aRefusedRequestSaysTheConnectionClosesOrKeepsItUsable() throws Exception {
        String rest = "/v1/colonies/" + "a".repeat(64) + "/processes";
        Map<String, String> refused = new LinkedHashMap<>();
        for (String path : new String[] {"/api", rest, "/v1/no-such-path"}) {
            refused.put("gzip that is not gzip on " + path,
                    RawHttp.head("POST", path, "Content-Encoding: gzip", "Content-Length: 2") + "{}");
            refused.put("deflate that is not deflate on " + path,
                    RawHttp.head("POST", path, "Content-Encoding: deflate", "Content-Length: 2") + "{}");
            refused.put("chunk size zz on " + path, RawHttp.head("POST", path, CHUNKED) + FRAMINGS.get("chunk size zz")[1]);
            refused.put("GET with a gzip body on " + path,
                    RawHttp.head("GET", path, "Content-Encoding: gzip", "Content-Length: 2") + "{}");
        }
        for (String uri : new String[] {"/v1/%2F", "/v1/colonies/%C0%80/processes", "/v1/%ED%A0%80", "/api/%2F"}) {
            refused.put("bad encoding " + uri, RawHttp.head("GET", uri));
        }
        for (var request : refused.entrySet()) {
            try (RawHttp http = new RawHttp(Rpc.replicaA().baseUrl(), 10_000)) {
                http.send(request.getValue());
                RawHttp.Answer first = http.await(20);
                assertTrue(first.status() >= 400 && first.status() < 500, request.getKey() + ": " + first.text());
                if (!first.head().toLowerCase().contains("connection: close")) {
                    RawHttp.Answer next = http.sendAgain("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 20);
                    assertEquals(200, next.status(), request.getKey() + ": the reply kept the connection open ("
                            + first.head() + "), but the next request on it got: " + next.text());
                }
            }
        }
    }

    /** Fuzz finding 8: media types that JAX-RS cannot parse, each as Content-Type and as Accept. */
    @ParameterizedTest
    @ValueSource(strings = {"garbage", "garbage/", "a/b/c", "text/plain; x=\"a,b\""})
    void anUnreadableMediaTypeIsA400InTheEndpointsShape(String mediaType) throws Exception {
        String rest = "/v1/colonies/" + "a".repeat(64) + "/processes";
        // only Accept is a list: JAX-RS splits it at every comma, so the quoted one breaks only there
        String[] headers = mediaType.contains(",") ? new String[] {"Accept"} : new String[] {"Content-Type", "Accept"};
        for (String header : headers) {
            String named = header + " " + mediaType;
            RawHttp.Answer rpc = sendWith("/api", header + ": " + mediaType);
            assertEquals(400, rpc.status(), named + ": " + rpc.text());
            assertTrue(rpc.text().contains("\"error\":true"), named + ": " + rpc.text());
            assertTrue(rpc.detail().contains(header), named + ": " + rpc.detail());

            RawHttp.Answer problem = sendWith(rest, header + ": " + mediaType);
            assertEquals(400, problem.status(), named + ": " + problem.text());
            assertTrue(problem.head().toLowerCase().contains("application/problem+json"), named + ": " + problem.text());
            assertTrue(problem.detail().contains(header), named + ": " + problem.detail());
        }
    }

    /** ... while what JAX-RS reads still reaches it: here the unsigned request's 401. */
    @ParameterizedTest
    @ValueSource(strings = {"Accept: *", "Accept: text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2",
            "Accept: application/json;q=0.5", "Content-Type: application/json; charset=utf-8"})
    void aReadableMediaTypePassesTheCheck(String header) throws Exception {
        RawHttp.Answer answer = sendWith("/v1/colonies/" + "a".repeat(64) + "/processes", header);
        assertEquals(401, answer.status(), header + ": " + answer.text());
    }

    /** A wildcard Content-Type made JAX-RS read a JSON array with its multipart reader: a 500. */
    @Test
    void aWildcardContentTypeOnARestBodyIsA415() throws Exception {
        RawHttp.Answer answer = sendWith("/v1/colonies/" + "a".repeat(64) + "/processes/closures", "Content-Type: */*");
        assertEquals(415, answer.status(), answer.text());
        assertTrue(answer.head().toLowerCase().contains("application/problem+json"), answer.text());
        assertTrue(answer.detail().contains("wildcard"), answer.detail());
    }

    private static RawHttp.Answer sendWith(String path, String header) throws Exception {
        String head = RawHttp.head("POST", path, "Content-Length: 2", header);
        if (header.startsWith("Content-Type:")) {
            head = head.replaceFirst("Content-Type: application/json\r\n", "");
        }
        return exchange(head + "{}");
    }

    private static RawHttp.Answer send(String path, String[] framing) throws Exception {
        return exchange(RawHttp.head("POST", path, framing[0]) + framing[1]);
    }

    private static RawHttp.Answer exchange(String request) throws Exception {
        try (RawHttp http = new RawHttp(Rpc.replicaA().baseUrl(), 30_000)) {
            http.send(request);
            http.halfClose();
            return http.await(40);
        }
    }
}

package io.colonies.bench;

import io.colonies.model.security.PrivateKey;
import io.colonies.model.security.RestSignature;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * Sends signed REST requests to {@code /v1} (docs/security.md) through {@link RpcClient}'s connection
 * pool, so REST and RPC scenarios measure the same client and their requests are counted together.
 * Every attempt is signed anew: a retried request with a used nonce would be refused as a replay.
 */
final class RestSender {
    private final RpcClient rpc;

    RestSender(RpcClient rpc) {
        this.rpc = rpc;
    }

    /**
     * @param pathWithQuery the target exactly as sent and signed, starting with {@code /v1/}
     * @param jsonBody      the body, or null for none
     */
    RestResponse send(String method, String pathWithQuery, String jsonBody, PrivateKey key, Duration timeout) {
        byte[] body = jsonBody == null ? null : RestSignature.utf8(jsonBody);
        URI target = rpc.base().resolve(pathWithQuery.substring(1));
        RpcClient.Exchange exchange = rpc.exchange(method + " " + pathWithQuery, () -> {
            RestSignature.Headers signature = RestSignature.sign(method, pathWithQuery, body,
                    System.currentTimeMillis() / 1000, key);
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
                    .timeout(timeout)
                    .header("Accept", "application/json")
                    .header(RestSignature.SIGNATURE_HEADER, signature.signature())
                    .header(RestSignature.TIMESTAMP_HEADER, signature.timestamp())
                    .header(RestSignature.NONCE_HEADER, signature.nonce());
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body)).build();
        });
        String text = exchange.response().body();
        return new RestResponse(exchange.response().statusCode(), text == null ? "" : text,
                exchange.sentNanos(), exchange.receivedNanos());
    }
}

package io.colonies.web.rpc;

import io.colonies.server.error.ColoniesException;
import io.colonies.server.error.ErrorKind;

/** Errors of the RPC envelope itself (parsing, signature, unknown type). */
public class RpcException extends ColoniesException {
    public RpcException(ErrorKind kind, String message) {
        super(kind, message);
    }

    public static RpcException badRequest(String message) {
        return new RpcException(ErrorKind.BAD_REQUEST, message);
    }

    public static RpcException forbidden(String message) {
        return new RpcException(ErrorKind.FORBIDDEN, message);
    }

    @Override
    public String domain() {
        return "rpc";
    }
}

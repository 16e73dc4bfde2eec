package io.colonies.client;

import io.colonies.model.rpc.Message;

/** {@code resetdatabasemsg} (PROTOCOL §5.1), which the shared model does not define. */
final class ResetDatabaseMessage extends Message {
    ResetDatabaseMessage() {
        super("resetdatabasemsg");
    }
}

package io.colonies.server.cluster;

/**
 * A domain's side of one PostgreSQL NOTIFY channel. The LISTEN thread knows only this contract, so
 * the cluster kernel depends on no domain: each domain registers a bean for the channels it owns.
 */
public interface ChannelListener {
    String channel();

    /** One notification, on the LISTEN thread: hand work off rather than block. */
    void onNotification(String payload);

    /** After every (re)connect: whatever was published while no one listened is lost, so resync. */
    default void onReconnect() {
    }
}

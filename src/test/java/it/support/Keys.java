package it.support;

import io.colonies.model.security.PrivateKey;

/** The keys of the protocol vectors; the IT servers are configured with this server owner. */
public final class Keys {
    public static final PrivateKey SERVER = PrivateKey.fromHex("fcc79953d8a751bf41db661592dc34d30004b1a651ffa0725b03ac227641499d");

    private Keys() {
    }
}

package io.colonies.model.security;

/** Prints a new key pair: {@code ./colonies-server keygen}. */
public final class KeyGen {
    private KeyGen() {
    }

    public static void main(String[] args) {
        PrivateKey key = PrivateKey.generate();
        System.out.println("Id:         " + key.id());
        System.out.println("PrivateKey: " + key.hex());
    }
}

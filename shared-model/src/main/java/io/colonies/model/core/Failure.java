package io.colonies.model.core;

/** The payload of an error reply (PROTOCOL §1.4). */
public class Failure {
    public int status;
    public String message = "";

    public Failure() {
    }

    public Failure(int status, String message) {
        this.status = status;
        this.message = message;
    }
}

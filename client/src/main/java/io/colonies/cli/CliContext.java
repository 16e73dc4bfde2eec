package io.colonies.cli;

import io.colonies.cli.output.Json;
import io.colonies.client.ClientConfig;
import io.colonies.client.ColoniesClient;
import io.colonies.model.security.InvalidKeyException;
import io.colonies.model.security.PrivateKey;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;

/**
 * What every command needs: the environment (injected, so tests need no real variables), the output
 * writers, the {@code --json} switch and a lazily built client. Missing settings fail with a message
 * that names the variable and what it is for.
 */
public class CliContext {
    public static final String SERVER_PRVKEY = "COLONIES_SERVER_PRVKEY";
    public static final String COLONY_ID = "COLONIES_COLONY_ID";
    public static final String COLONY_PRVKEY = "COLONIES_COLONY_PRVKEY";
    public static final String EXECUTOR_ID = "COLONIES_EXECUTOR_ID";
    public static final String EXECUTOR_PRVKEY = "COLONIES_EXECUTOR_PRVKEY";
    public static final String EXECUTOR_TYPE = "COLONIES_EXECUTOR_TYPE";

    private final Map<String, String> env;
    private final PrintWriter out;
    private final PrintWriter err;
    private boolean json;
    private ColoniesClient client;

    public CliContext(Map<String, String> env, PrintWriter out, PrintWriter err) {
        this.env = Map.copyOf(env);
        this.out = out;
        this.err = err;
    }

    /** The real environment and standard streams. */
    public static CliContext system() {
        return new CliContext(System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public Optional<String> env(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public boolean json() {
        return json;
    }

    void setJson(boolean json) {
        this.json = json;
    }

    /** Prints a progress or log line on stderr at once, so it interleaves sensibly with stdout. */
    public synchronized void progress(String line) {
        err.println(line);
        err.flush();
    }

    public void printJson(Object value) {
        out.println(value == null ? "null" : Json.write(value));
        out.flush();
    }

    /** Reports a call without a result: {@code {}} for scripts (what the server sent), else the message. */
    public void done(String message) {
        if (json) {
            out.println("{}");
        } else {
            out.println(message);
        }
        out.flush();
    }

    public synchronized ColoniesClient client() {
        if (client == null) {
            try {
                client = new ColoniesClient(ClientConfig.fromEnv(env));
            } catch (IllegalArgumentException e) {
                throw new CliInputException(e.getMessage());
            }
        }
        return client;
    }

    public PrivateKey serverKey() {
        return requiredKey(SERVER_PRVKEY, "the server owner's private key");
    }

    public PrivateKey colonyKey() {
        return requiredKey(COLONY_PRVKEY, "the colony owner's private key");
    }

    public PrivateKey executorKey() {
        return requiredKey(EXECUTOR_PRVKEY,
                "the private key of an approved executor of the colony (see 'colonies executor add --help')");
    }

    /** For calls that accept a member or the colony owner: the executor key if set, else the colony key. */
    public PrivateKey memberOrOwnerKey() {
        return optionalKey(EXECUTOR_PRVKEY).or(() -> optionalKey(COLONY_PRVKEY))
                .orElseThrow(() -> new CliInputException("Neither " + EXECUTOR_PRVKEY + " nor " + COLONY_PRVKEY
                        + " is set; this command needs an executor key or the colony owner's key"));
    }

    public Optional<PrivateKey> optionalKey(String variable) {
        return env(variable).map(hex -> parseKey(variable, hex));
    }

    /** {@code COLONIES_COLONY_ID}, or else the id of {@code COLONIES_COLONY_PRVKEY}. */
    public String colonyId() {
        Optional<String> id = env(COLONY_ID);
        if (id.isPresent()) {
            return checkedId(COLONY_ID, id.get());
        }
        return optionalKey(COLONY_PRVKEY).map(PrivateKey::id).orElseThrow(() -> new CliInputException(
                COLONY_ID + " is not set; export the id of your colony (or " + COLONY_PRVKEY + ")"));
    }

    public static String checkedId(String what, String id) {
        if (!id.matches("[0-9a-fA-F]{64}")) {
            throw new CliInputException(what + " must be 64 hexadecimal characters, was '" + id + "'");
        }
        return id.toLowerCase(java.util.Locale.ROOT);
    }

    private PrivateKey requiredKey(String variable, String purpose) {
        return optionalKey(variable).orElseThrow(() -> new CliInputException(
                variable + " is not set; this command needs " + purpose));
    }

    private static PrivateKey parseKey(String variable, String hex) {
        try {
            return PrivateKey.fromHex(hex);
        } catch (InvalidKeyException e) {
            throw new CliInputException(variable + " is not a valid private key (64 hexadecimal characters expected)");
        }
    }
}

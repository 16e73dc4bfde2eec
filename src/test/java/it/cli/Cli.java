package it.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the {@code colonies} CLI jar as a separate process, as a user would from the README. */
public final class Cli {
    private final Map<String, String> env = new HashMap<>();

    public Cli(int port) {
        env.put("COLONIES_SERVER_HOST", "127.0.0.1");
        env.put("COLONIES_SERVER_PORT", String.valueOf(port));
    }

    public Cli with(String name, String value) {
        env.put(name, value);
        return this;
    }

    public Result run(String... args) throws IOException, InterruptedException {
        java.lang.Process process = start(args);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("colonies " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), read(process, "out"), read(process, "err"));
    }

    /** Runs a command that must succeed. */
    public Result ok(String... args) throws IOException, InterruptedException {
        Result result = run(args);
        if (result.exit() != 0) {
            throw new AssertionError("colonies " + String.join(" ", args) + " exited " + result.exit() + "\n" + result);
        }
        return result;
    }

    /** A command's {@code --json} output as an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> json(Result result) {
        return io.colonies.model.json.WireJson.fromJson(result.out(), Map.class);
    }

    /** What {@link #newColonyWithExecutor} made; this CLI now holds all three keys. */
    public record NewColony(String id, String colonyKeyHex, io.colonies.model.security.PrivateKey executorKey) {
    }

    /**
     * A fresh colony named {@code name}, created with the server key, and one approved executor of type
     * {@code edge} named {@code me}: the set-up every CLI walkthrough starts from.
     */
    public NewColony newColonyWithExecutor(String name, String serverKeyHex) throws IOException, InterruptedException {
        with("COLONIES_SERVER_PRVKEY", serverKeyHex);
        Result keygen = ok("keygen");
        String colonyId = keygen.line("Id:");
        with("COLONIES_COLONY_ID", colonyId).with("COLONIES_COLONY_PRVKEY", keygen.line("PrivateKey:"));
        ok("colony", "add", "--name", name, "--colonyid", colonyId);
        String executorKey = (String) json(ok("--json", "executor", "add", "--type", "edge", "--name", "me", "--approve"))
                .get("prvkey");
        with("COLONIES_EXECUTOR_PRVKEY", executorKey);
        return new NewColony(colonyId, keygen.line("PrivateKey:"), io.colonies.model.security.PrivateKey.fromHex(executorKey));
    }

    /** Starts a long-running command (an executor); its output goes to files under target/. */
    public java.lang.Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", jar()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repositoryRoot());
        builder.environment().putAll(env);
        Path logs = Files.createDirectories(Path.of("target", "cli-logs"));
        String name = String.join("-", args).replaceAll("[^A-Za-z0-9-]", "_") + "-" + System.nanoTime();
        builder.redirectOutput(logs.resolve(name + ".out").toFile());
        builder.redirectError(logs.resolve(name + ".err").toFile());
        java.lang.Process process = builder.start();
        outputs.put(process, logs.resolve(name));
        return process;
    }

    private final Map<java.lang.Process, Path> outputs = new HashMap<>();

    /** What a command from {@link #start} has printed on stdout so far. */
    public String outputSoFar(java.lang.Process process) throws IOException {
        return read(process, "out");
    }

    /** What a command from {@link #start} has printed on stderr so far. */
    public String errorSoFar(java.lang.Process process) throws IOException {
        return read(process, "err");
    }

    /** Waits for a command from {@link #start} to end; its exit code and outputs. */
    public Result finish(java.lang.Process process, long seconds) throws IOException, InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not finish within " + seconds + " s; it printed:\n"
                    + read(process, "out") + read(process, "err"));
        }
        return new Result(process.exitValue(), read(process, "out"), read(process, "err"));
    }

    private String read(java.lang.Process process, String stream) throws IOException {
        return Files.readString(Path.of(outputs.get(process) + "." + stream), StandardCharsets.UTF_8);
    }

    public static File repositoryRoot() {
        return new File(System.getProperty("colonies.repository.root", ".."));
    }

    private static String jar() {
        return new File(System.getProperty("colonies.cli.jar", "../client/target/colonies-cli.jar")).getAbsolutePath();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Exit code and both outputs of one command. */
    public record Result(int exit, String out, String err) {
        public String line(String prefix) {
            return out.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).trim())
                    .findFirst().orElseThrow(() -> new AssertionError("no line '" + prefix + "' in:\n" + out + err));
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }
}

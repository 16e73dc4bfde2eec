package io.colonies.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the CLI in-process with a given environment and captures its output. */
final class CliTestSupport {
    /** Exit code and what went to stdout and stderr. */
    record Result(int exitCode, String out, String err) {
    }

    private CliTestSupport() {
    }

    static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(env, new PrintWriter(out, true), new PrintWriter(err, true));
        int code = ColoniesCli.run(context, args);
        return new Result(code, out.toString(), err.toString());
    }
}

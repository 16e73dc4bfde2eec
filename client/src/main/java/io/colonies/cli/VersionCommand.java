package io.colonies.cli;

import io.colonies.cli.output.Details;
import io.colonies.model.rpc.ServerMessages;
import picocli.CommandLine.Command;

/** Asks the server for its version; also a quick "is it up?" check, as the call needs no key. */
@Command(name = "version", description = "Show the server's version (unsigned call).")
class VersionCommand implements Runnable {
    private final CliContext context;

    VersionCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        ServerMessages.Version version = context.client().version();
        if (context.json()) {
            context.printJson(version);
            return;
        }
        new Details()
                .add("Server", context.client().config().baseUrl())
                .add("Build version", version.buildversion)
                .add("Build time", version.buildtime)
                .print(context.out());
    }
}

package io.colonies.cli;

import io.colonies.cli.output.Details;
import io.colonies.model.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/** Prints a new key pair; the id is what the server and colonies know you by. */
@Command(name = "keygen", description = "Generate a new private key and print it with its id.")
class KeygenCommand implements Runnable {
    private final CliContext context;

    KeygenCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        PrivateKey key = PrivateKey.generate();
        if (context.json()) {
            Map<String, String> json = new LinkedHashMap<>();
            json.put("id", key.id());
            json.put("prvkey", key.hex());
            context.printJson(json);
            return;
        }
        new Details().add("Id", key.id()).add("PrivateKey", key.hex()).print(context.out());
    }
}

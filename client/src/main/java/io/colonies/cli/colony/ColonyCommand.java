package io.colonies.cli.colony;

import io.colonies.cli.CliContext;
import io.colonies.cli.output.Details;
import io.colonies.cli.output.Table;
import io.colonies.model.core.Colony;
import io.colonies.model.core.PauseStatus;
import io.colonies.model.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Colonies are created and removed by the server owner (COLONIES_SERVER_PRVKEY); the colony owner
 * (COLONIES_COLONY_PRVKEY) pauses and resumes its assignments.
 */
@Command(name = "colony", description = "Add, list and remove colonies (server owner key); pause and resume"
        + " their assignments (colony owner key).")
public class ColonyCommand {
    private final CliContext context;

    public ColonyCommand(CliContext context) {
        this.context = context;
    }

    @Command(name = "add", description = "Add a colony. Without --colonyid a new colony key is generated and printed.")
    void add(@Option(names = "--name", required = true, description = "Display name.") String name,
            @Option(names = "--colonyid", description = "Id of a colony key you already have (see keygen).")
            String colonyId) {
        PrivateKey generated = colonyId == null ? PrivateKey.generate() : null;
        String id = generated != null ? generated.id() : CliContext.checkedId("--colonyid", colonyId);
        Colony added = context.client().addColony(new Colony(id, name), context.serverKey());
        if (context.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("colony", added);
            if (generated != null) {
                json.put("prvkey", generated.hex());
            }
            context.printJson(json);
            return;
        }
        Details details = new Details().add("Colony", added.colonyid).add("Name", added.name);
        if (generated != null) {
            details.add("PrivateKey", generated.hex());
        }
        details.print(context.out());
        if (generated != null) {
            context.progress("Keep the private key safe; export it as COLONIES_COLONY_PRVKEY and the id as COLONIES_COLONY_ID.");
        }
    }

    @Command(name = "ls", description = "List all colonies.")
    void list() {
        List<Colony> colonies = context.client().colonies(context.serverKey());
        if (context.json()) {
            context.printJson(colonies);
            return;
        }
        Table table = new Table("COLONYID", "NAME");
        colonies.forEach(c -> table.row(c.colonyid, c.name));
        table.print(context.out());
    }

    @Command(name = "rm", description = "Remove a colony and everything in it.")
    void remove(@Parameters(paramLabel = "COLONYID") String colonyId) {
        context.client().deleteColony(CliContext.checkedId("COLONYID", colonyId), context.serverKey());
        context.done("Colony " + colonyId + " removed");
    }

    @Command(name = "pause", description = "Pause assignments of the colony (COLONIES_COLONY_ID): executors'"
            + " assigns wait instead of getting work, submits still queue. Colony owner key.")
    void pause() {
        String colonyId = context.colonyId();
        context.client().pauseAssignments(colonyId, context.colonyKey());
        context.done("Assignments of colony " + colonyId + " paused");
    }

    @Command(name = "resume", description = "Resume assignments of the colony; waiting executors get work at once."
            + " Colony owner key.")
    void resume() {
        String colonyId = context.colonyId();
        context.client().resumeAssignments(colonyId, context.colonyKey());
        context.done("Assignments of colony " + colonyId + " resumed");
    }

    @Command(name = "pause-status", description = "Whether assignments of the colony are paused. Executor or"
            + " colony owner key.")
    void pauseStatus() {
        PauseStatus status = context.client().pauseStatus(context.colonyId(), context.memberOrOwnerKey());
        if (context.json()) {
            context.printJson(status);
            return;
        }
        new Details().add("Colony", status.colonyid).add("Paused", status.ispaused ? "yes" : "no")
                .print(context.out());
    }
}

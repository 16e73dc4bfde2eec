package io.colonies.web.rest.openapi;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Cluster;
import io.colonies.model.core.Colony;
import io.colonies.model.core.Cron;
import io.colonies.model.core.Executor;
import io.colonies.model.core.Function;
import io.colonies.model.core.Generator;
import io.colonies.model.core.Log;
import io.colonies.model.core.PauseStatus;
import io.colonies.model.core.Process;
import io.colonies.model.core.ProcessGraph;
import io.colonies.model.core.Statistics;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.json.WireJson;
import io.colonies.model.security.RestSignature;
import io.colonies.web.rest.Problem;
import io.colonies.web.rest.colony.ColonyRename;
import io.colonies.web.rest.generator.PackRequest;
import io.colonies.web.rest.process.CloseFailure;
import io.colonies.web.rest.process.CloseSuccess;
import io.colonies.web.rest.process.ClosureItem;
import io.colonies.web.rest.process.ClosureResult;
import io.colonies.web.rest.process.LogLine;
import io.colonies.web.rest.process.ProcessPage;
import io.colonies.web.rest.server.VersionInfo;
import io.colonies.web.rest.workflow.ChildRequest;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents the REST objects: every schema is built from the class that JSON-B binds, with a
 * realistic example, and the three signature headers are declared as security schemes that the
 * {@link RestApiFilter} requires on every signed operation.
 */
public class ModelSchemas implements OASModelReader {
    public static final String SIGNATURE = "ColoniesSignature";
    public static final String TIMESTAMP = "ColoniesTimestamp";
    public static final String NONCE = "ColoniesNonce";
    static final List<String> SCHEMES = List.of(SIGNATURE, TIMESTAMP, NONCE);

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("Colony", "A colony: executors and users that trust each other"),
            Map.entry("Executor", "A registered executor; state 0 pending, 1 approved, 2 rejected"),
            Map.entry("Function", "A function an executor offers, with run statistics"),
            Map.entry("FunctionSpec", "What to run and under which conditions; becomes a process when submitted"),
            Map.entry("Conditions", "Which executors may run a process, and its workflow dependencies"),
            Map.entry("Process", "A submitted function spec; state 0 waiting, 1 running, 2 success, 3 failed, 4 cancelled"),
            Map.entry("ProcessPage", "One page of processes; 'next' is the cursor of the next page"),
            Map.entry("Attribute", "A key/value attached to a process; attributetype 0 in, 1 out, 2 err, 3 env"),
            Map.entry("WorkflowSpec", "A DAG of function specs; edges come from conditions.dependencies"),
            Map.entry("ProcessGraph", "A submitted workflow and its processes"),
            Map.entry("Cron", "A schedule that submits a workflow"),
            Map.entry("Generator", "Packs arguments and submits a workflow after a count or a timeout"),
            Map.entry("Statistics", "Counts of executors, processes and workflows by state"),
            Map.entry("Cluster", "The live replicas and the scan leader"),
            Map.entry("Problem", "RFC 9457 problem details, the body of every error"),
            Map.entry("VersionInfo", "The server's build version"),
            Map.entry("Log", "A log line of a process; timestamp in Unix nanoseconds, the 'since' cursor"),
            Map.entry("LogLine", "A log line to add to a running process"),
            Map.entry("ClosureItem", "One closure of a batch close: successful with 'out', or failed with 'errors'"),
            Map.entry("ClosureResult", "What became of one closure: status 200 (closed) or the refusal's status"
                    + " (400, 403, 404, 409) with its problem"),
            Map.entry("PauseStatus", "Whether the colony's assignments are paused (assigns wait, submits queue)"));

    @Override
    public OpenAPI buildModel() {
        SchemaBuilder builder = new SchemaBuilder();
        for (Class<?> type : List.of(Colony.class, Executor.class, Function.class, Process.class, ProcessPage.class,
                Attribute.class, WorkflowSpec.class, ProcessGraph.class, Cron.class, Generator.class, Statistics.class,
                Cluster.class, Problem.class, VersionInfo.class, ColonyRename.class, CloseSuccess.class,
                CloseFailure.class, ChildRequest.class, PackRequest.class, Log.class, LogLine.class, PauseStatus.class,
                ClosureItem.class, ClosureResult.class)) {
            builder.add(type);
        }
        for (Class<?> element : List.of(Colony.class, Executor.class, Function.class, Process.class, Attribute.class,
                ProcessGraph.class, Cron.class, Generator.class, Log.class, ClosureItem.class, ClosureResult.class)) {
            builder.addList(element);
        }
        Map<String, Schema> schemas = builder.schemas();
        DESCRIPTIONS.forEach((name, text) -> schemas.get(name).description(text));
        Samples.all().forEach((name, sample) -> schemas.get(name).example(asJsonValue(sample)));
        Components components = OASFactory.createComponents().schemas(schemas)
                .addSecurityScheme(SIGNATURE, header(RestSignature.SIGNATURE_HEADER, "130 hex characters: the"
                        + " recoverable secp256k1 signature (R‖S‖V) of SHA3-256 of the canonical request"
                        + " METHOD\\nPATH?QUERY\\nTIMESTAMP\\nNONCE\\nhex(SHA3-256(body)); see docs/security.md"))
                .addSecurityScheme(TIMESTAMP, header(RestSignature.TIMESTAMP_HEADER, "Unix time in seconds; must be"
                        + " within COLONIES_REST_SKEW_SECONDS (default 300) of the server's clock"))
                .addSecurityScheme(NONCE, header(RestSignature.NONCE_HEADER, "16-128 characters of A-Z a-z 0-9 - _,"
                        + " never reused by the same key within the skew window"));
        return OASFactory.createOpenAPI().components(components);
    }

    private static SecurityScheme header(String name, String description) {
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name(name).description(description);
    }

    /** The sample as plain maps and lists, exactly as the wire JSON shows it. */
    private static Object asJsonValue(Object sample) {
        return WireJson.fromJson(WireJson.toJson(sample), Object.class);
    }
}

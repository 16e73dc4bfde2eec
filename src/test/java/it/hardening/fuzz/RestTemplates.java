package it.hardening.fuzz;

import io.colonies.model.core.Attribute;
import io.colonies.model.core.Colony;
import io.colonies.model.core.Cron;
import io.colonies.model.core.Executor;
import io.colonies.model.core.Generator;
import io.colonies.model.core.WorkflowSpec;
import io.colonies.model.security.PrivateKey;
import it.support.Keys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A valid request for every REST operation of the OpenAPI document (docs/rest.md), like
 * {@link RpcTemplates}: the path pattern as the document spells it, the concrete path, query and
 * body in a world, and the signer (null: unsigned).
 */
public final class RestTemplates {
    /** How a reply is read: whole, or only up to the headers for an event stream that never ends. */
    public enum Reading { WHOLE, STREAM }

    public record Template(String method, String pattern, Function<World, String> path, String query,
                           Function<World, Object> body, Function<World, PrivateKey> signer, Reading reading) {
        public String name() {
            return method + " " + pattern;
        }
    }

    private static final String C = "/v1/colonies/{colonyId}";

    private RestTemplates() {
    }

    public static List<Template> all() {
        List<Template> t = new ArrayList<>();
        colonies(t);
        executors(t);
        processes(t);
        workflows(t);
        schedules(t);
        return t;
    }

    private static Template op(String method, String pattern, Function<World, String> path, String query,
                               Function<World, Object> body, Function<World, PrivateKey> signer) {
        return new Template(method, pattern, path, query, body, signer, Reading.WHOLE);
    }

    private static Function<World, PrivateKey> member() {
        return w -> w.member.key();
    }

    private static Function<World, PrivateKey> owner() {
        return w -> w.a.key();
    }

    private static String in(World w) {
        return "/v1/colonies/" + w.a.id();
    }

    private static void colonies(List<Template> t) {
        t.add(op("POST", "/v1/colonies", w -> "/v1/colonies", "",
                w -> new Colony(PrivateKey.generate().id(), "fuzz-" + UUID.randomUUID()), w -> Keys.SERVER));
        t.add(op("GET", "/v1/colonies", w -> "/v1/colonies", "", null, w -> Keys.SERVER));
        t.add(op("GET", C, RestTemplates::in, "", null, member()));
        t.add(op("PATCH", C, RestTemplates::in, "", w -> Map.of("name", "renamed-" + UUID.randomUUID()), owner()));
        t.add(op("DELETE", C, w -> "/v1/colonies/" + w.spare.id(), "", null, w -> Keys.SERVER));
        t.add(op("GET", C + "/statistics", w -> in(w) + "/statistics", "", null, member()));
        t.add(op("GET", "/v1/statistics", w -> "/v1/statistics", "", null, w -> Keys.SERVER));
        t.add(op("GET", "/v1/cluster", w -> "/v1/cluster", "", null, w -> Keys.SERVER));
        t.add(op("GET", "/v1/version", w -> "/v1/version", "", null, w -> null));
        t.add(op("GET", "/v1/whoami", w -> "/v1/whoami", "", null, member()));
    }

    private static void executors(List<Template> t) {
        String x = C + "/executors";
        t.add(op("POST", x, w -> in(w) + "/executors", "", w -> {
            Executor e = new Executor();
            e.executorid = PrivateKey.generate().id();
            e.executortype = World.TYPE;
            e.executorname = "fuzz-" + UUID.randomUUID();
            e.colonyid = w.a.id();
            return e;
        }, owner()));
        t.add(op("GET", x, w -> in(w) + "/executors", "", null, member()));
        t.add(op("GET", x + "/{executorId}", w -> in(w) + "/executors/" + w.member.id(), "", null, member()));
        t.add(op("POST", x + "/{executorId}/approve", w -> in(w) + "/executors/" + w.pending.id() + "/approve", "", null, owner()));
        t.add(op("POST", x + "/{executorId}/reject", w -> in(w) + "/executors/" + w.rejectable.id() + "/reject", "", null, owner()));
        t.add(op("DELETE", x + "/{executorId}", w -> in(w) + "/executors/" + w.removable.id(), "", null, owner()));
        t.add(op("GET", x + "/{executorId}/functions", w -> in(w) + "/executors/" + w.member.id() + "/functions", "", null, member()));
        String f = C + "/functions";
        t.add(op("POST", f, w -> in(w) + "/functions", "",
                w -> Map.of("funcname", "fn-" + UUID.randomUUID(), "args", List.of("a")), member()));
        t.add(op("GET", f, w -> in(w) + "/functions", "", null, member()));
        t.add(op("DELETE", f + "/{functionId}", w -> in(w) + "/functions/" + w.functionDelete, "", null, member()));
    }

    private static void processes(List<Template> t) {
        String p = C + "/processes";
        String id = p + "/{processId}";
        t.add(op("POST", p, w -> in(w) + "/processes", "",
                w -> w.spec().env("k", "v").maxWaitTime(60).withPriority(1).build(), member()));
        t.add(op("GET", p, w -> in(w) + "/processes", "state=waiting&executorType=" + World.TYPE + "&limit=10", null, member()));
        t.add(op("GET", p + "/history", w -> in(w) + "/processes/history", "state=running&seconds=60", null, member()));
        t.add(op("GET", id, w -> in(w) + "/processes/" + w.waiting, "", null, member()));
        t.add(op("DELETE", id, w -> in(w) + "/processes/" + w.waitingDelete, "", null, member()));
        t.add(op("DELETE", p, w -> in(w) + "/processes", "state=failed", null, owner()));
        t.add(op("POST", id + "/success", w -> in(w) + "/processes/" + w.runningClose + "/success", "",
                w -> Map.of("out", List.of("done", 1)), member()));
        t.add(op("POST", id + "/failure", w -> in(w) + "/processes/" + w.runningFail + "/failure", "",
                w -> Map.of("errors", List.of("boom")), member()));
        t.add(op("POST", id + "/cancel", w -> in(w) + "/processes/" + w.waitingCancel + "/cancel", "", null, member()));
        String attributes = id + "/attributes";
        t.add(op("POST", attributes, w -> in(w) + "/processes/" + w.runningAttributes + "/attributes", "", w -> {
            Attribute a = new Attribute();
            a.attributetype = Attribute.OUT;
            a.key = "k-" + UUID.randomUUID();
            a.value = "v";
            return a;
        }, member()));
        t.add(op("GET", attributes, w -> in(w) + "/processes/" + w.runningAttributes + "/attributes", "", null, member()));
        t.add(op("GET", attributes + "/{attributeId}",
                w -> in(w) + "/processes/" + w.runningAttributes + "/attributes/" + w.attribute, "", null, member()));
        t.add(op("DELETE", attributes + "/{attributeId}",
                w -> in(w) + "/processes/" + w.runningAttributes + "/attributes/" + w.attributeRemove, "", null, member()));
        t.add(op("POST", id + "/logs", w -> in(w) + "/processes/" + w.runningAttributes + "/logs", "",
                w -> Map.of("message", "line"), member()));
        t.add(op("GET", id + "/logs", w -> in(w) + "/processes/" + w.runningAttributes + "/logs", "since=0&count=10", null, member()));
        t.add(op("DELETE", id + "/assignment", w -> in(w) + "/processes/" + w.runningUnassign + "/assignment", "", null, member()));
        t.add(op("POST", C + "/assignments", w -> in(w) + "/assignments", "timeout=0", null, member()));
        t.add(op("PUT", C + "/assignments/pause", w -> in(w) + "/assignments/pause", "", null, owner()));
        t.add(op("DELETE", C + "/assignments/pause", w -> in(w) + "/assignments/pause", "", null, owner()));
        t.add(op("GET", C + "/assignments/pause", w -> in(w) + "/assignments/pause", "", null, member()));
        t.add(op("POST", p + "/closures", w -> in(w) + "/processes/closures", "",
                w -> List.of(Map.of("processid", w.runningClose, "successful", true, "out", List.of("done"))), member()));
        t.add(new Template("GET", C + "/events", w -> in(w) + "/events", "state=success&attributes=false", null,
                member(), Reading.STREAM));
    }

    private static void workflows(List<Template> t) {
        String g = C + "/workflows";
        String id = g + "/{graphId}";
        t.add(op("POST", g, w -> in(w) + "/workflows", "", w -> {
            WorkflowSpec spec = new WorkflowSpec();
            spec.functionspecs = List.of(w.spec().named("first").build(), w.spec().named("second").after("first").build());
            return spec;
        }, member()));
        t.add(op("GET", g, w -> in(w) + "/workflows", "state=waiting&limit=10", null, member()));
        t.add(op("GET", id, w -> in(w) + "/workflows/" + w.graph, "", null, member()));
        t.add(op("DELETE", id, w -> in(w) + "/workflows/" + w.graphDelete, "", null, member()));
        t.add(op("DELETE", g, w -> in(w) + "/workflows", "state=failed", null, owner()));
        t.add(op("POST", id + "/children", w -> in(w) + "/workflows/" + w.graph + "/children", "",
                w -> Map.of("parentprocessid", w.graphRoot, "spec", w.spec().named("child-" + UUID.randomUUID()).build()),
                member()));
        t.add(op("POST", id + "/cancel", w -> in(w) + "/workflows/" + w.graphCancel + "/cancel", "", null, member()));
    }

    private static void schedules(List<Template> t) {
        String c = C + "/crons";
        t.add(op("POST", c, w -> in(w) + "/crons", "", w -> {
            Cron cron = new Cron();
            cron.name = "cron-" + UUID.randomUUID();
            cron.cronexpression = "0 0 0 1 1 *";
            cron.interval = -1;
            cron.workflowspec = w.workflowJson(w.a.id());
            return cron;
        }, member()));
        t.add(op("GET", c, w -> in(w) + "/crons", "limit=10", null, member()));
        t.add(op("GET", c + "/{cronId}", w -> in(w) + "/crons/" + w.cron, "", null, member()));
        t.add(op("POST", c + "/{cronId}/run", w -> in(w) + "/crons/" + w.cron + "/run", "", null, member()));
        t.add(op("DELETE", c + "/{cronId}", w -> in(w) + "/crons/" + w.cronDelete, "", null, member()));
        String g = C + "/generators";
        t.add(op("POST", g, w -> in(w) + "/generators", "", w -> {
            Generator gen = new Generator();
            gen.name = "gen-" + UUID.randomUUID();
            gen.trigger = 1000;
            gen.timeout = -1;
            gen.workflowspec = w.workflowJson(w.a.id());
            return gen;
        }, member()));
        t.add(op("GET", g, w -> in(w) + "/generators", "limit=10", null, member()));
        t.add(op("GET", g + "/{generatorId}", w -> in(w) + "/generators/" + w.generator, "", null, member()));
        t.add(op("GET", g + "/by-name/{name}", w -> in(w) + "/generators/by-name/" + w.generatorName, "", null, member()));
        t.add(op("POST", g + "/{generatorId}/pack", w -> in(w) + "/generators/" + w.generator + "/pack", "",
                w -> Map.of("arg", "packed"), member()));
        t.add(op("DELETE", g + "/{generatorId}", w -> in(w) + "/generators/" + w.generatorDelete, "", null, member()));
    }
}

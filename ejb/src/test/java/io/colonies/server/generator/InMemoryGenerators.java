package io.colonies.server.generator;

import io.colonies.model.core.Generator;
import io.colonies.model.json.GoTime;
import io.colonies.model.json.WireJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generators and their FIFO arg queues in memory, with the same guards as the SQL (which
 * {@link GeneratorStoreSqlTest} checks against PostgreSQL).
 */
class InMemoryGenerators extends GeneratorStore {
    private final Map<String, Generator> rows = new LinkedHashMap<>();
    private final Map<String, List<String>> queues = new LinkedHashMap<>();
    final Set<String> lockedElsewhere = new HashSet<>();

    Generator row(String id) {
        return copy(rows.get(id));
    }

    List<String> queue(String id) {
        return List.copyOf(queues.getOrDefault(id, List.of()));
    }

    @Override
    public boolean insert(Generator g) {
        if (rows.values().stream().anyMatch(r -> r.name.equals(g.name))) {
            return false;
        }
        Generator stored = copy(g);
        stored.firstpack = GoTime.ZERO;
        stored.lastrun = GoTime.ZERO;
        stored.queuesize = 0;
        stored.checkerperiod = 0;
        rows.put(g.generatorid, stored);
        return true;
    }

    @Override
    public Generator find(String id) {
        return copy(rows.get(id));
    }

    @Override
    public Generator findByName(String name) {
        return rows.values().stream().filter(g -> g.name.equals(name)).findFirst().map(InMemoryGenerators::copy)
                .orElse(null);
    }

    @Override
    public String colonyOf(String id) {
        Generator g = rows.get(id);
        return g == null ? null : g.colonyid;
    }

    @Override
    public List<Generator> list(String colonyId, int count) {
        return rows.values().stream().filter(g -> g.colonyid.equals(colonyId)).limit(count)
                .map(InMemoryGenerators::copy).toList();
    }

    @Override
    public int delete(String id) {
        queues.remove(id);
        return rows.remove(id) == null ? 0 : 1;
    }

    @Override
    public boolean pack(String id, String arg, Instant now) {
        Generator g = rows.get(id);
        if (g == null) {
            return false;
        }
        queues.computeIfAbsent(id, k -> new ArrayList<>()).add(arg);
        if (GoTime.isZero(g.firstpack)) {
            g.firstpack = now;
        }
        return true;
    }

    @Override
    public long queueSize(String id) {
        return queues.getOrDefault(id, List.of()).size();
    }

    @Override
    public List<Pending> pending() {
        return rows.values().stream().filter(g -> queueSize(g.generatorid) > 0)
                .map(g -> new Pending(copy(g), queueSize(g.generatorid))).toList();
    }

    @Override
    public Generator lockForRun(String id) {
        return lockedElsewhere.contains(id) ? null : copy(rows.get(id));
    }

    @Override
    public List<String> take(String id, int count) {
        List<String> queue = queues.getOrDefault(id, new ArrayList<>());
        List<String> taken = new ArrayList<>(queue.subList(0, Math.min(count, queue.size())));
        queue.subList(0, taken.size()).clear();
        return taken;
    }

    @Override
    public void markRun(String id, Instant now) {
        rows.get(id).lastrun = now;
    }

    private static Generator copy(Generator g) {
        return g == null ? null : WireJson.fromJson(WireJson.toJson(g), Generator.class);
    }
}

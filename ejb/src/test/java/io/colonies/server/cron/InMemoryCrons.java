package io.colonies.server.cron;

import io.colonies.model.core.Cron;
import io.colonies.model.json.GoTime;
import io.colonies.model.json.WireJson;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The crons table in memory, with the same guards as the SQL (the SQL itself is tested against
 * PostgreSQL in {@link CronStoreSqlTest}). Rows are copied in and out like a database would.
 */
class InMemoryCrons extends CronStore {
    private final Map<String, Cron> rows = new LinkedHashMap<>();
    /** Rows another replica has locked: SKIP LOCKED reads pass them by. */
    final Set<String> lockedElsewhere = new HashSet<>();

    void put(Cron cron) {
        rows.put(cron.cronid, copy(cron));
    }

    Cron row(String cronId) {
        return copy(rows.get(cronId));
    }

    @Override
    public boolean insert(Cron c) {
        if (rows.values().stream().anyMatch(r -> r.name.equals(c.name))) {
            return false;
        }
        Cron stored = copy(c);
        stored.lastrun = GoTime.ZERO;
        stored.prevprocessgraphid = "";
        rows.put(c.cronid, stored);
        return true;
    }

    @Override
    public Cron find(String cronId) {
        return copy(rows.get(cronId));
    }

    @Override
    public String colonyOf(String cronId) {
        Cron c = rows.get(cronId);
        return c == null ? null : c.colonyid;
    }

    @Override
    public List<Cron> list(String colonyId, int count) {
        return rows.values().stream().filter(c -> c.colonyid.equals(colonyId)).sorted(Comparator.comparing(c -> c.name))
                .limit(count).map(InMemoryCrons::copy).toList();
    }

    @Override
    public int delete(String cronId) {
        return rows.remove(cronId) == null ? 0 : 1;
    }

    @Override
    public List<String> unscheduled() {
        return rows.values().stream().filter(c -> GoTime.isZero(c.nextrun)).map(c -> c.cronid).toList();
    }

    @Override
    public List<String> due(Instant now) {
        return rows.values().stream().filter(c -> isDue(c, now)).map(c -> c.cronid).toList();
    }

    @Override
    public Cron lockIfDue(String cronId, Instant now) {
        Cron c = rows.get(cronId);
        return c == null || lockedElsewhere.contains(cronId) || !isDue(c, now) ? null : copy(c);
    }

    @Override
    public Cron lock(String cronId) {
        return copy(rows.get(cronId));
    }

    @Override
    public boolean schedule(String cronId, Instant nextRun) {
        Cron c = rows.get(cronId);
        if (c == null || !GoTime.isZero(c.nextrun)) {
            return false;
        }
        c.nextrun = nextRun;
        return true;
    }

    @Override
    public boolean recordRun(String cronId, Instant previousNextRun, Instant nextRun, Instant now, String graphId) {
        Cron c = rows.get(cronId);
        if (c == null || !Objects.equals(GoTime.orNull(c.nextrun), previousNextRun)) {
            return false;
        }
        c.nextrun = GoTime.orZero(nextRun);
        c.lastrun = now;
        c.prevprocessgraphid = graphId;
        return true;
    }

    @Override
    public boolean skip(String cronId, Instant previousNextRun, Instant nextRun) {
        Cron c = rows.get(cronId);
        if (c == null || !c.nextrun.equals(previousNextRun)) {
            return false;
        }
        c.nextrun = GoTime.orZero(nextRun);
        return true;
    }

    private static boolean isDue(Cron c, Instant now) {
        return !GoTime.isZero(c.nextrun) && c.nextrun.isBefore(now);
    }

    private static Cron copy(Cron c) {
        return c == null ? null : WireJson.fromJson(WireJson.toJson(c), Cron.class);
    }
}

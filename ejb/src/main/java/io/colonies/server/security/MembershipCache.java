package io.colonies.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Executors as the role checks last saw them, so that the hot path (assign, close) does not read the
 * executor and colony rows on every request. Every change to an executor or colony, on any replica,
 * evicts entries through a NOTIFY (see {@link MembershipChanges}); the time limit only bounds the
 * damage of a lost notification, for instance while the LISTEN connection reconnects.
 */
@ApplicationScoped
public class MembershipCache {
    public static final long DEFAULT_TTL_MS = 5000;

    @Inject
    @ConfigProperty(name = "COLONIES_MEMBERSHIP_CACHE_MS", defaultValue = "" + DEFAULT_TTL_MS)
    long ttlMs;

    private final Map<String, Entry> byExecutorId = new ConcurrentHashMap<>();

    /** The cached executor, or null when absent, expired or caching is off. */
    public Member get(String executorId) {
        Entry entry = byExecutorId.get(executorId);
        if (entry == null || System.nanoTime() > entry.expiresAt) {
            return null;
        }
        return entry.member;
    }

    public void put(Member member) {
        if (ttlMs > 0) {
            byExecutorId.put(member.idValue(), new Entry(member, System.nanoTime() + Duration.ofMillis(ttlMs).toNanos()));
        }
    }

    public void evict(String executorId) {
        byExecutorId.remove(executorId);
    }

    public void clear() {
        byExecutorId.clear();
    }

    private record Entry(Member member, long expiresAt) {
    }
}

package io.colonies.server.security;

import java.util.Optional;

/**
 * How the role checks find an executor. Owned by security and implemented by the executor domain, so
 * that security depends on no domain.
 */
public interface MemberDirectory {
    Optional<Member> find(String executorId);
}

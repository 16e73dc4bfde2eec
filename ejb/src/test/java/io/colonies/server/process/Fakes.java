package io.colonies.server.process;

import io.colonies.model.core.Process;
import io.colonies.server.error.ErrorKind;
import io.colonies.server.id.ColonyId;
import io.colonies.server.metrics.ProcessMetrics;
import io.colonies.server.security.AuthorizationException;
import io.colonies.server.security.Authorizer;
import io.colonies.server.security.Caller;
import io.colonies.server.security.Member;
import java.time.Duration;
import java.util.function.Predicate;

/** Stand-ins for what the SQL tests of the process use cases do not exercise: roles and metrics. */
final class Fakes {
    private Fakes() {
    }

    /** Callers that pass {@code member} belong to {@link ProcessStoreSqlTest#COLONY}, nobody to any other colony. */
    static Authorizer members(Predicate<Caller> member) {
        return new Authorizer() {
            @Override
            public Member requireMember(Caller caller, String colonyId) {
                if (!member.test(caller) || !ProcessStoreSqlTest.COLONY.equals(colonyId)) {
                    throw new AuthorizationException(ErrorKind.FORBIDDEN, "not a member");
                }
                return null;
            }

            @Override
            public Member requireMember(Caller caller, ColonyId colony) {
                return requireMember(caller, colony.value());
            }
        };
    }

    /** Counts and logs nothing: there is no registry outside the container. */
    static ProcessMetrics noMetrics() {
        return new ProcessMetrics() {
            @Override
            public void submitted(String colony, String type, String processId, String operation) {
            }

            @Override
            public void closed(Process p, boolean successful, String executorId, Duration ran) {
            }
        };
    }
}

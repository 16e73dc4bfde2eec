package io.colonies.server.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the current transaction has committed, or at once outside a transaction, so
 * that counters and log lines never report a change that was rolled back.
 */
@ApplicationScoped
public class AfterCommit {
    @Resource
    TransactionSynchronizationRegistry transactions;

    public void run(Runnable action) {
        if (transactions == null || transactions.getTransactionKey() == null) {
            action.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}

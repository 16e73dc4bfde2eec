package io.colonies.server.process;

import io.colonies.server.cluster.ChannelListener;
import io.colonies.server.cluster.ProcessEvent;
import io.colonies.server.cluster.ProcessEventBus;
import io.colonies.server.cluster.ProcessEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Process events from any replica: they wake this replica's waiting assigns and reach its subscribers. */
@ApplicationScoped
public class ProcessEventRelay implements ChannelListener {
    @Inject
    AssignWaiters waiters;

    @Inject
    ProcessEventBus bus;

    @Override
    public String channel() {
        return ProcessEvents.CHANNEL;
    }

    @Override
    public void onNotification(String payload) {
        ProcessEvent event = ProcessEvent.decode(payload);
        waiters.onEvent(event);
        bus.publish(event);
    }

    /** Whatever became assignable while no one listened wakes its waiters now. */
    @Override
    public void onReconnect() {
        waiters.recheckAll();
    }
}

package io.colonies.model.rpc;

import io.colonies.model.core.Cron;

/** Cron messages (PROTOCOL §5.9). */
public final class CronMessages {
    private CronMessages() {
    }

    public static class AddCron extends Message {
        public Cron cron;

        public AddCron() {
            super("addcronmsg");
        }
    }

    public static class CronRef extends Message {
        public String cronid = "";
        public boolean all;

        public CronRef(String msgtype) {
            super(msgtype);
        }
    }

    public static class GetCron extends CronRef {
        public GetCron() {
            super("getcronmsg");
        }
    }

    public static class RunCron extends CronRef {
        public RunCron() {
            super("runcronmsg");
        }
    }

    public static class DeleteCron extends CronRef {
        public DeleteCron() {
            super("deletecronmsg");
        }
    }

    public static class GetCrons extends Message {
        public String colonyid = "";
        public int count;

        public GetCrons() {
            super("getcronsmsg");
        }
    }
}

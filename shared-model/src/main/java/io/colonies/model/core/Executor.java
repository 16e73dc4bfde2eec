package io.colonies.model.core;

import java.time.Instant;

/** A registered executor (PROTOCOL §4.3). */
public class Executor {
    public static final int PENDING = 0;
    public static final int APPROVED = 1;
    public static final int REJECTED = 2;

    public String executorid = "";
    public String executortype = "";
    public String executorname = "";
    public String colonyid = "";
    public int state;
    public boolean requirefuncreg;
    public Instant commissiontime = io.colonies.model.json.GoTime.ZERO;
    public Instant lastheardfromtime = io.colonies.model.json.GoTime.ZERO;
    public Location location = new Location();
}

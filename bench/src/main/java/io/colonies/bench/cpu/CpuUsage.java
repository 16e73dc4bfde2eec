package io.colonies.bench.cpu;

/**
 * CPU seconds per party, either at one instant (a reading) or over a phase (the difference of two
 * readings); NaN where a party is unknown.
 *
 * @param client    this harness (its own /proc/self)
 * @param server    the server JVM (--server-pid)
 * @param database  PostgreSQL backends connected to the benchmark database, including those that
 *                  ended during the phase (up to their last sample)
 * @param pgCluster every process of the PostgreSQL cluster (postmaster, all backends of every
 *                  database, WAL writer, checkpointer, …), including ended ones; only meaningful
 *                  when nothing else uses the cluster
 * @param machine   busy time of the whole machine
 */
public record CpuUsage(double client, double server, double database, double pgCluster, double machine) {

    public CpuUsage minus(CpuUsage before) {
        return new CpuUsage(client - before.client, server - before.server, database - before.database,
                pgCluster - before.pgCluster, machine - before.machine);
    }

    /** Whatever else ran on the machine: the noise indicator of a figure. */
    public double other() {
        return machine - client - server - database;
    }
}

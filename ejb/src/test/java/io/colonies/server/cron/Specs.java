package io.colonies.server.cron;

/** Workflow spec JSON texts for tests, as clients send them inside a cron or generator. */
final class Specs {
    static final String COLONY = "c0".repeat(32);
    static final String OTHER_COLONY = "d0".repeat(32);

    private Specs() {
    }

    /** Node a, and node b depending on it. */
    static String twoSteps(String colonyId) {
        return "{\"colonyid\":\"" + colonyId + "\",\"functionspecs\":["
                + "{\"nodename\":\"a\",\"funcname\":\"gen\",\"conditions\":{\"executortype\":\"cli\"}},"
                + "{\"nodename\":\"b\",\"funcname\":\"sum\",\"conditions\":{\"executortype\":\"cli\","
                + "\"dependencies\":[\"a\"]}}]}";
    }

    static String dependingOnMissingNode() {
        return "{\"colonyid\":\"" + COLONY + "\",\"functionspecs\":[{\"nodename\":\"a\",\"funcname\":\"f\","
                + "\"conditions\":{\"executortype\":\"cli\",\"dependencies\":[\"nope\"]}}]}";
    }

    static String withoutExecutorType() {
        return "{\"colonyid\":\"" + COLONY + "\",\"functionspecs\":[{\"nodename\":\"a\",\"funcname\":\"f\"}]}";
    }
}

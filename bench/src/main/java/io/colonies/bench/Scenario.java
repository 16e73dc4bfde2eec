package io.colonies.bench;

/** One measurement; prints its own result line(s) through {@link Context#emit}. */
interface Scenario {
    String name();

    void run(Context context) throws Exception;
}

package io.colonies.bench.profile;

import java.util.List;

/** The library a stack frame belongs to, by the package of its class. */
record Component(String name, List<String> prefixes) {
    static final String JDK = "JDK";
    static final String OTHER = "other";

    static final List<Component> KNOWN = List.of(
            new Component("Colonies (our code)", List.of("io.colonies.")),
            new Component("Bouncy Castle", List.of("org.bouncycastle.")),
            new Component("libsecp256k1 (JNI)", List.of("fr.acinq.secp256k1.")),
            new Component("pgjdbc", List.of("org.postgresql.")),
            new Component("RESTEasy", List.of("org.jboss.resteasy.")),
            new Component("Weld (CDI)", List.of("org.jboss.weld.")),
            new Component("Yasson (JSON-B)", List.of("org.eclipse.yasson.")),
            new Component("Parsson (JSON-P)", List.of("org.eclipse.parsson.", "org.glassfish.json.")),
            new Component("EclipseLink", List.of("org.eclipse.persistence.")),
            new Component("Liberty", List.of("com.ibm.", "io.openliberty.", "org.apache.cxf.", "org.osgi.",
                    "org.eclipse.osgi.", "org.apache.felix.")),
            new Component("JNA", List.of("com.sun.jna.")),
            new Component(JDK, List.of("java.", "javax.", "jdk.", "sun.", "com.sun.")));

    static String of(String className) {
        for (Component c : KNOWN) {
            for (String prefix : c.prefixes) {
                if (className.startsWith(prefix)) {
                    return c.name;
                }
            }
        }
        return OTHER;
    }
}

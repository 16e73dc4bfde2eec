package it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR under test: the one the build produced, deployed as is (no test classes inside). */
public final class Arquillian {
    private Arquillian() {
    }

    public static EnterpriseArchive builtEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("colonies.ear", "target/liberty/wlp/usr/shared/apps/colonies.ear")));
    }
}

package it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The EAR under test: the integration-test EAR the build produced (the production modules plus the
 * /testsupport WAR), deployed as is; and the production EAR, for the tests that prove it has no test support.
 */
public final class Arquillian {
    private Arquillian() {
    }

    public static EnterpriseArchive builtEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, builtEarFile());
    }

    public static EnterpriseArchive productionEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, productionEarFile());
    }

    public static File builtEarFile() {
        return new File(System.getProperty("colonies.ear", "target/liberty/wlp/usr/shared/apps/it/colonies.ear"));
    }

    public static File productionEarFile() {
        return new File(System.getProperty("colonies.production.ear",
                "target/liberty/wlp/usr/shared/apps/colonies.ear"));
    }
}

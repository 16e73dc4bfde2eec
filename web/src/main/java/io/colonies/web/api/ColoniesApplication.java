package io.colonies.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** All JAX-RS resources live at the root, so the RPC endpoint is exactly {@code /api}. */
@ApplicationPath("/")
@OpenAPIDefinition(info = @Info(title = "Colonies", version = "1.1.1",
        description = "A zero-trust job broker and workflow engine. Every request is signed with secp256k1;"
                + " see README.md and docs/ for the signing scheme.",
        license = @License(name = "MIT")))
public class ColoniesApplication extends Application {
}

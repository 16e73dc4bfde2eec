package io.colonies.testsupport;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The WAR's context root is /testsupport, so the controls keep their URLs (/testsupport/state, ...). */
@ApplicationPath("/")
public class TestSupportApplication extends Application {
}

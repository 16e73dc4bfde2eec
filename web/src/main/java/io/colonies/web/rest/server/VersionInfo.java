package io.colonies.web.rest.server;

/** The server's build version. */
public class VersionInfo {
    public String buildversion = "";
    public String buildtime = "";
}

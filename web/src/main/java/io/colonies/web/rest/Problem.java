package io.colonies.web.rest;

/**
 * An RFC 9457 problem detail, the body of every REST error ({@code application/problem+json}).
 * {@code field} names the offending request field when one is known.
 */
public class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    public String type = "";
    public String title = "";
    public int status;
    public String detail = "";
    public String instance = "";
    public String field;
}

package io.colonies.web.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

/**
 * Serves the dashboard's static files (module ui/, packed under META-INF/resources/ui/ of a jar in
 * WEB-INF/lib) at /ui/, and redirects the landing page / there. A filter rather than the container's
 * default servlet because the JAX-RS application is mapped at the root and would answer 404 first.
 * Everything else passes through untouched.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DashboardFilter extends HttpFilter {
    static final String UI = "/ui/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "json", "application/json",
            "map", "application/json");
    /** The key never leaves the page: no third-party origin may run script, style or be connected to. */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
            + " form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && (path.isEmpty() || path.equals("/") || path.equals("/ui"))) {
            response.sendRedirect(request.getContextPath() + UI);
        } else if (read && path.startsWith(UI)) {
            serve(path.substring(UI.length()), request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void serve(String file, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = file.isEmpty() ? "index.html" : file;
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        URL resource = type == null || !name.matches("[A-Za-z0-9_./-]+") || name.contains("..") ? null
                : getServletContext().getResource(UI + name);
        if (resource == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        // index.html names the current bundle; always revalidate so a new build is picked up.
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (InputStream in = resource.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}

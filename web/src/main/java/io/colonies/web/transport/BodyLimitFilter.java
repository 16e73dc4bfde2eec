package io.colonies.web.transport;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Bounds every request body before REST or RPC sees it (issue 14, findings 1, 3 and 4). A declared
 * Content-Length over the limit, or one that is not a number, is refused before a byte of the body is
 * read; a chunked body is counted as it streams through {@link BoundedInputStream}, so a 100 MB upload
 * costs at most the limit in memory and is refused as soon as it passes it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class BodyLimitFilter extends HttpFilter {
    private TransportSettings settings;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        settings = TransportSettings.fromConfig();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        TransportFault early = checkDeclaredLength(request.getHeader("Content-Length"));
        if (early != null) {
            TransportReplies.send(path, response, early);
            return;
        }
        chain.doFilter(new BoundedRequest(request, response), response);
    }

    private TransportFault checkDeclaredLength(String declared) {
        if (declared == null) {
            return null;
        }
        String value = declared.trim();
        if (value.isEmpty() || !value.chars().allMatch(Character::isDigit)) {
            return TransportFault.malformed("Content-Length '" + shorten(value) + "' is not a number of bytes", null);
        }
        long length;
        try {
            length = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return TransportFault.malformed("Content-Length '" + shorten(value) + "' is out of range", null);
        }
        return length > settings.maxRequestBytes() ? TransportFault.tooLarge(settings.maxRequestBytes()) : null;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** The request as the application sees it: the same, but with a bounded body. */
    private final class BoundedRequest extends HttpServletRequestWrapper {
        private final HttpServletResponse response;
        private BoundedInputStream bounded;

        BoundedRequest(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                bounded = new BoundedInputStream(super.getInputStream(), settings.maxRequestBytes(),
                        settings.readTimeoutSeconds(), System::nanoTime, this::closeAfterReply);
            }
            return bounded;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset));
        }

        /** The rest of a refused body stays unread, so the connection cannot carry another request. */
        private void closeAfterReply() {
            if (!response.isCommitted()) {
                response.setHeader("Connection", "close");
            }
        }
    }
}

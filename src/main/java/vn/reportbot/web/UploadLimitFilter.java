package vn.reportbot.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload (multipart) beyond the limits before anything reads its fields: a body longer than the multipart
 * request limit is refused on its {@code Content-Length} alone, one the servlet container cannot take apart within
 * its limits, or whose pasted {@code text} is beyond {@code reportbot.dispatch-text-limit}, likewise. It runs before
 * the security filters, which would otherwise fail on such a body while looking for the CSRF token. The API gets 413
 * with {@code {"error": …}} here; a page request goes on with its query parameters only (where the page's form also
 * puts the CSRF token) and the attribute {@link #TOO_LARGE}, for its controller to answer 413 in Vietnamese.
 */
final class UploadLimitFilter extends OncePerRequestFilter {

    static final String TOO_LARGE = UploadLimitFilter.class.getName() + ".tooLarge";

    private final DataSize requestLimit;
    private final DataSize textLimit;

    UploadLimitFilter(DataSize requestLimit, DataSize textLimit) {
        this.requestLimit = requestLimit;
        this.textLimit = textLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null || !type.toLowerCase(java.util.Locale.ROOT)
                .startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        if (!tooLarge(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith("/api/")) {
            ApiRefusals.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the upload is too large: files up to "
                    + vn.reportbot.documents.DocumentTextReader.MAX_BYTES / (1024 * 1024) + " MB are read");
            return;
        }
        request.setAttribute(TOO_LARGE, Boolean.TRUE);
        chain.doFilter(new QueryOnly(request), response);
    }

    private boolean tooLarge(HttpServletRequest request) throws IOException, ServletException {
        if (request.getContentLengthLong() > requestLimit.toBytes()) {
            return true;
        }
        try {
            for (Part part : request.getParts()) {
                if ("text".equals(part.getName()) && part.getSubmittedFileName() == null
                        && part.getSize() > textLimit.toBytes()) {
                    return true;
                }
            }
            return false;
        } catch (IllegalStateException | IOException e) {
            if (saysTooLarge(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean saysTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(java.util.Locale.ROOT);
            if (message.contains("exceed")) {
                return true;
            }
        }
        return false;
    }

    /** The request seen without its body: its parameters are those of the query string only. */
    private static final class QueryOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        QueryOnly(HttpServletRequest request) {
            super(request);
            Map<String, List<String>> found = new LinkedHashMap<>();
            String query = request.getQueryString();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    found.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                }
            }
            this.parameters = new LinkedHashMap<>();
            found.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}

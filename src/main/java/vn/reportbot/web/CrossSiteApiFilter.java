package vn.reportbot.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses (403) an API request that a browser says another site started ({@code Sec-Fetch-Site: cross-site}): a
 * browser that remembers HTTP Basic credentials would otherwise send them along. Scripts (curl, the tests) send no
 * such header and are not affected.
 */
class CrossSiteApiFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            ApiRefusals.write(response, HttpServletResponse.SC_FORBIDDEN,
                    "the API does not answer requests another site started");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a browser is navigating to the address (typed, a link): no login prompt for the API then. */
    static boolean browserNavigation(HttpServletRequest request) {
        String mode = request.getHeader("Sec-Fetch-Mode");
        String accept = request.getHeader("Accept");
        return "navigate".equalsIgnoreCase(mode) || (accept != null && accept.contains("text/html"));
    }
}

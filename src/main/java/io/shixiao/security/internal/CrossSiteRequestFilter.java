package io.shixiao.security.internal;

import io.shixiao.shared.input.InputProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request (anything but GET, HEAD, OPTIONS, TRACE) that a browser sent on behalf of
 * another site: {@code Sec-Fetch-Site: cross-site} or {@code same-site}, or an {@code Origin} that is not this
 * server's own. A form on another site can send {@code multipart/form-data} or a urlencoded body without a
 * CORS preflight, and the browser attaches the HTTP Basic credentials or the session cookie it holds; the
 * API has no CSRF token, so this check is what keeps it from being driven by another page. Clients that
 * are not browsers send neither header and pass. Behind a reverse proxy the server must see the public
 * scheme and host ({@code server.forward-headers-strategy}), see {@code docs/security.md}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
            InputProblems.answer(request, response, HttpStatus.FORBIDDEN, "Sec-Fetch-Site", REFUSED);
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !isOwnOrigin(origin, request)) {
            InputProblems.answer(request, response, HttpStatus.FORBIDDEN, "Origin", REFUSED);
            return;
        }
        chain.doFilter(request, response);
    }

    private static final String REFUSED =
            "names another site: a state-changing request sent by another site's page is refused";

    static boolean isOwnOrigin(String origin, HttpServletRequest request) {
        URI uri;
        try {
            uri = URI.create(origin.strip());
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            // "null" (a sandboxed frame, a file, some redirects) is never this server.
            return false;
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri.getScheme());
        return uri.getScheme().equalsIgnoreCase(request.getScheme())
                && uri.getHost().equalsIgnoreCase(request.getServerName())
                && port == request.getServerPort();
    }

    private static int defaultPort(String scheme) {
        return scheme.equalsIgnoreCase("https") ? 443 : 80;
    }
}

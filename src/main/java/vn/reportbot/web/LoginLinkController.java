package vn.reportbot.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Signing in with a mailed link: {@code POST /login/link} (field {@code address}) mails a one-time link to a staff
 * member of the directory and answers the same whoever asked; {@code GET /login/link/{token}} logs its staff member in
 * as a STAFF user of their office(s), in a new session, and goes to the dashboard, or back to the login page saying
 * why not (used, expired, unknown).
 */
@Controller
class LoginLinkController {

    private final LoginLinks links;
    private final MailFlush flush;
    private final String baseUrl;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    LoginLinkController(LoginLinks links, MailFlush flush, WebProperties properties) {
        this.links = links;
        this.flush = flush;
        String base = properties.web().baseUrl();
        this.baseUrl = base == null || base.isBlank() ? null : base.strip().replaceAll("/+$", "");
    }

    @PostMapping("/login/link")
    String request(@RequestParam(defaultValue = "") String address, HttpServletRequest request) {
        if (links.request(address, baseUrl != null ? baseUrl
                : ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString())) {
            flush.soon();
        }
        return "redirect:/login?link=sent";
    }

    @GetMapping("/login/link/{token}")
    String open(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        LoginLinks.Opened opened = links.open(token);
        if (opened.outcome() != LoginLinks.Outcome.LOGGED_IN) {
            return "redirect:/login?link=" + opened.outcome().name().toLowerCase(Locale.ROOT);
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_STAFF"));
        opened.offices().forEach(o -> authorities.add(new SimpleGrantedAuthority(Viewer.OFFICE_PREFIX + o)));
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate(); // a session from before the link is not carried over (session fixation)
        }
        request.getSession(true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(opened.address(), null,
                authorities));
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        return "redirect:/";
    }
}

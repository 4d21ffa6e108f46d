package vn.reportbot.web;

import java.util.Set;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the login page says about a login link ({@code /login?link=…}): {@code sent} after one was asked for (the same
 * for every address), {@code used}, {@code expired} or {@code unknown} after one that did not log in; else nothing.
 */
@ControllerAdvice(assignableTypes = PageController.class)
class LoginLinkNotice {

    private static final Set<String> NOTICES = Set.of("sent", "used", "expired", "unknown");

    @ModelAttribute("loginLink")
    String notice(@RequestParam(name = "link", required = false) String link) {
        return link != null && NOTICES.contains(link) ? link : "";
    }
}

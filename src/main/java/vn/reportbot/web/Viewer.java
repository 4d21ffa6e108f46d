package vn.reportbot.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is looking, and which offices they may see and act on: an ADMIN every office; a STAFF user the offices of their
 * login, or every office when the login lists none. The security filter chains let no anonymous request reach a
 * controller, so a missing authentication (a controller tested on its own, without Spring Security) sees everything.
 */
record Viewer(String name, boolean admin, Set<String> offices) {

    static final String OFFICE_PREFIX = "OFFICE_";

    static Viewer of(java.security.Principal principal) {
        if (!(principal instanceof Authentication who)) {
            return new Viewer(principal == null ? null : principal.getName(), true, Set.of());
        }
        Set<String> authorities = who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Set<String> offices = authorities.stream().filter(a -> a.startsWith(OFFICE_PREFIX))
                .map(a -> a.substring(OFFICE_PREFIX.length())).collect(Collectors.toSet());
        return new Viewer(who.getName(), authorities.contains("ROLE_ADMIN"), offices);
    }

    /** Whether every office is visible. */
    boolean seesAll() {
        return admin || offices.isEmpty();
    }

    boolean sees(String officeId) {
        return seesAll() || offices.contains(officeId);
    }

    /**
     * The offices to list for a request naming {@code asked} (or none): what was asked if visible; for a viewer who
     * sees everything, empty meaning "all".
     *
     * @return null when the viewer may not see the office asked for
     */
    List<String> scope(Optional<String> asked) {
        if (asked.isPresent()) {
            return sees(asked.get()) ? List.of(asked.get()) : null;
        }
        return seesAll() ? List.of() : offices.stream().sorted().toList();
    }

    /**
     * The one office a request acts on or lists: the one asked for if visible (else 403); nothing asked, for a viewer
     * who sees everything, nothing (all, or as the text says); for a STAFF user of one office, theirs; a STAFF user of
     * several must name one.
     */
    Optional<String> oneOffice(Optional<String> asked) {
        if (asked.isPresent()) {
            OfficeScope.requireOffice(this, asked.get());
            return asked;
        }
        if (seesAll()) {
            return asked;
        }
        if (offices.size() == 1) {
            return Optional.of(offices.iterator().next());
        }
        throw new IllegalArgumentException("give office= one of " + String.join(", ", offices.stream().sorted().toList()));
    }
}

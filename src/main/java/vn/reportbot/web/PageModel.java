package vn.reportbot.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.context.i18n.LocaleContextHolder;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;

/** What every page's layout needs: who is logged in, the offices they see, the CSRF token, the language. */
@ControllerAdvice(annotations = StaffPages.class)
class PageModel {

    private final Directory directory;

    PageModel(Directory directory) {
        this.directory = directory;
    }

    @ModelAttribute("site")
    Map<String, Object> site(HttpServletRequest request, Authentication who) {
        Map<String, Object> page = new LinkedHashMap<>();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        page.put("csrfName", csrf == null ? "_csrf" : csrf.getParameterName());
        page.put("csrfToken", csrf == null ? "" : csrf.getToken());
        page.put("lang", LocaleContextHolder.getLocale().getLanguage());
        page.put("path", request.getRequestURI());
        if (who != null) {
            Viewer viewer = Viewer.of(who);
            page.put("user", viewer.name());
            page.put("admin", viewer.admin());
            page.put("offices", visibleOffices(viewer).stream().map(Office::name).toList());
        }
        return page;
    }

    List<Office> visibleOffices(Viewer viewer) {
        return directory.offices().stream().filter(o -> viewer.sees(o.id())).toList();
    }
}

package vn.reportbot.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of server-rendered pages: {@link PageModel} gives its views what every page's layout needs
 * (the user, the offices, the CSRF token, the language). REST controllers are not marked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface StaffPages {
}

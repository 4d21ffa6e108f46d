/**
 * The FreeMarker templates admins edit (folder {@code reportbot.templates}): each mail is three files,
 * {@code NAME.subject.ftl}, {@code NAME.txt.ftl} and {@code NAME.html.ftl} (HTML-escaped automatically).
 * {@link vn.reportbot.templates.TemplateRenderer} is the only way in.
 */
package vn.reportbot.templates;

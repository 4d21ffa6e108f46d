package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a screen for the pages' HTTP tests: it keeps its cookies (the session), follows no redirect, and
 * posts forms with the CSRF token of the page it read them on.
 */
public final class PageClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    public PageClient(String base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(), body());
    }

    /** Posts the form fields ({@code name=value&…}, values encoded) with the CSRF token read on {@code formPage}. */
    public HttpResponse<String> post(String path, String formPage, String... fields) throws Exception {
        StringBuilder form = new StringBuilder("_csrf=" + enc(csrf(formPage)));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.append('&').append(enc(fields[i])).append('=').append(enc(fields[i + 1]));
        }
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString(), StandardCharsets.UTF_8)).build(), body());
    }

    public String csrf(String path) throws Exception {
        Matcher token = CSRF.matcher(get(path).body());
        assertThat(token.find()).as("a CSRF token in " + path).isTrue();
        return token.group(1);
    }

    /** Logs in on the form of {@code /login}. */
    public PageClient logIn(String user, String password) throws Exception {
        HttpResponse<String> answer = post("/login", "/login", "username", user, "password", password);
        assertThat(answer.headers().firstValue("Location").orElse("")).as("logged in as " + user).doesNotContain("error");
        return this;
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static HttpResponse.BodyHandler<String> body() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

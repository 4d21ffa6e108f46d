package vn.reportbot.mailbox;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens for XOAUTH2 from a refresh token (RFC 6749 section 6): one token is reused until a
 * minute before it expires, then refreshed. A refused refresh (revoked consent, wrong secret) is an
 * {@link IOException} whose message carries the provider's own error, so that the mailbox's health
 * says what an admin must redo.
 */
final class OAuth2TokenSource {

    private static final Duration MARGIN = Duration.ofSeconds(60);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OAuth2Settings settings;
    private final HttpClient http;
    private final Clock clock;
    private String token;
    private Instant expires = Instant.MIN;

    OAuth2TokenSource(OAuth2Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A valid access token, refreshed when it is about to expire. */
    synchronized String accessToken() throws IOException {
        if (token == null || !clock.instant().isBefore(expires.minus(MARGIN))) {
            refresh();
        }
        return token;
    }

    private void refresh() throws IOException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", settings.clientId());
        form.put("client_secret", settings.clientSecret());
        form.put("refresh_token", settings.refreshToken());
        if (settings.scope() != null) {
            form.put("scope", settings.scope());
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(settings.tokenUri()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while refreshing the OAuth2 access token", e);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() != 200 || answer == null || !answer.hasNonNull("access_token")) {
            String error = answer == null ? response.body() : answer.path("error").asString("") + " "
                    + answer.path("error_description").asString("");
            throw new IOException("the OAuth2 token endpoint " + settings.tokenUri() + " refused the refresh token (HTTP "
                    + response.statusCode() + "): " + error.trim());
        }
        token = answer.get("access_token").asString();
        long seconds = answer.path("expires_in").asLong(3600);
        expires = clock.instant().plusSeconds(seconds);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (tools.jackson.core.JacksonException e) {
            return null;
        }
    }
}

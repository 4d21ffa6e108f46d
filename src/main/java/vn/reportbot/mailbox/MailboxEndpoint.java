package vn.reportbot.mailbox;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

import vn.reportbot.system.SettingsException;

/**
 * An office's IMAP mailbox, from a URL {@code imap://} or {@code imaps://user:password@host:port/FOLDER}
 * (user and password URL-encoded; folder {@code INBOX} when none is given), optionally followed by
 * {@code ?starttls=true} or {@code ?starttls=false}.
 *
 * <p>Transport security: {@code imaps://} is TLS from the first byte (port 993 by default);
 * {@code imap://…?starttls=true} requires STARTTLS and fails rather than log in without it;
 * {@code ?starttls=false} never uses it; a plain {@code imap://} uses STARTTLS when the server offers it, except
 * to a loopback address, where it stays plain. Certificates are checked against the JVM's trust store and the
 * host name.
 */
record MailboxEndpoint(String officeId, String protocol, String host, int port, String user, String password,
                       String folder, Tls tls, OAuth2TokenSource oauth2) {

    /** How the connection is protected. */
    enum Tls {
        /** {@code imaps://}: TLS from the first byte. */
        IMPLICIT,
        /** {@code ?starttls=true}: STARTTLS or no login. */
        STARTTLS_REQUIRED,
        /** plain {@code imap://} to another host: STARTTLS when the server offers it. */
        STARTTLS_IF_OFFERED,
        /** loopback, or {@code ?starttls=false}. */
        NONE
    }

    static MailboxEndpoint parse(String officeId, String url) {
        return parse(officeId, url, null);
    }

    /**
     * With an OAuth2 token source (Gmail, Microsoft 365), the URL names only the user
     * ({@code imaps://user%40gmail.com@imap.gmail.com/INBOX}) and logs in with XOAUTH2.
     */
    static MailboxEndpoint parse(String officeId, String url, OAuth2TokenSource oauth2) {
        String key = "reportbot.mailboxes." + officeId + ".url";
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new SettingsException(key + ": '" + redact(url) + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (!"imap".equals(scheme) && !"imaps".equals(scheme)) {
            throw new SettingsException(key + ": the URL must start with imap:// or imaps://");
        }
        if (uri.getHost() == null) {
            throw new SettingsException(key + ": the URL names no host");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null || oauth2 == null && !userInfo.contains(":")) {
            throw new SettingsException(key + ": the URL must carry user:password@ (URL-encoded), or user@ with"
                    + " reportbot.mailboxes." + officeId + ".oauth2.* set");
        }
        int colon = userInfo.contains(":") ? userInfo.indexOf(':') : userInfo.length();
        String user = URLDecoder.decode(userInfo.substring(0, colon), StandardCharsets.UTF_8);
        String password = colon < userInfo.length()
                ? URLDecoder.decode(userInfo.substring(colon + 1), StandardCharsets.UTF_8) : "";
        int port = uri.getPort() > 0 ? uri.getPort() : ("imaps".equals(scheme) ? 993 : 143);
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        Tls tls = tls(key, scheme, uri.getHost(), uri.getRawQuery());
        return new MailboxEndpoint(officeId, scheme, uri.getHost(), port, user, password, path.isEmpty() ? "INBOX" : path, tls,
                oauth2);
    }

    private static Tls tls(String key, String scheme, String host, String query) {
        Boolean starttls = null;
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                String value = kv.length == 2 ? kv[1] : "";
                if (!"starttls".equals(kv[0]) || !("true".equals(value) || "false".equals(value))) {
                    throw new SettingsException(key + ": unknown URL parameter '" + pair
                            + "'; the only one is starttls=true or starttls=false");
                }
                starttls = Boolean.valueOf(value);
            }
        }
        if ("imaps".equals(scheme)) {
            if (starttls != null) {
                throw new SettingsException(key + ": imaps:// is TLS from the start; drop ?starttls, or use imap://…?starttls=true");
            }
            return Tls.IMPLICIT;
        }
        if (starttls != null) {
            return starttls ? Tls.STARTTLS_REQUIRED : Tls.NONE;
        }
        return isLoopback(host) ? Tls.NONE : Tls.STARTTLS_IF_OFFERED;
    }

    private static boolean isLoopback(String host) {
        if ("localhost".equalsIgnoreCase(host)) {
            return true;
        }
        if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:.]+\\]")) {
            return false; // a name: do not look it up while reading the settings
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Jakarta Mail session properties for this mailbox.
     *
     * @param readTimeout how long a read may wait for the server; {@link Duration#ZERO} waits for ever
     */
    /** What to log in with: the password, or a fresh OAuth2 access token. */
    String secret() throws jakarta.mail.MessagingException {
        if (oauth2 == null) {
            return password;
        }
        try {
            return oauth2.accessToken();
        } catch (java.io.IOException e) {
            throw new jakarta.mail.AuthenticationFailedException("no OAuth2 access token for " + user + ": " + e.getMessage());
        }
    }

    Properties sessionProperties(Duration readTimeout) {
        String p = "mail." + protocol + ".";
        Properties properties = new Properties();
        if (oauth2 != null) {
            properties.put(p + "auth.mechanisms", "XOAUTH2");
        }
        properties.put(p + "connectiontimeout", "10000");
        properties.put(p + "timeout", String.valueOf(readTimeout.toMillis()));
        properties.put(p + "writetimeout", "60000");
        properties.put(p + "peek", "true");
        properties.put(p + "partialfetch", "false");
        switch (tls) {
            case IMPLICIT -> properties.put(p + "ssl.checkserveridentity", "true");
            case STARTTLS_REQUIRED -> {
                properties.put(p + "starttls.enable", "true");
                properties.put(p + "starttls.required", "true");
                properties.put(p + "ssl.checkserveridentity", "true");
            }
            case STARTTLS_IF_OFFERED -> {
                properties.put(p + "starttls.enable", "true");
                properties.put(p + "ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        return vn.reportbot.system.PromptSockets.applyTo(properties, protocol);
    }

    /** The URL without its password, for logs and health. */
    String display() {
        String query = switch (tls) {
            case STARTTLS_REQUIRED -> "?starttls=true";
            case NONE -> isLoopback(host) ? "" : "?starttls=false";
            default -> "";
        };
        return protocol + "://" + user + "@" + host + ":" + port + "/" + folder + query;
    }

    private static String redact(String url) {
        return url.replaceAll("://([^:/@]*):[^@]*@", "://$1:***@");
    }

    @Override
    public String toString() {
        return display();
    }
}

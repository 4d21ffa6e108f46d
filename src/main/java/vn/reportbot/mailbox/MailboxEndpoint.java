package vn.reportbot.mailbox;

import vn.reportbot.system.SettingsException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * An office's IMAP mailbox, from a URL {@code imap://} or {@code imaps://user:password@host:port/FOLDER}
 * (user and password URL-encoded; folder {@code INBOX} when none is given).
 */
record MailboxEndpoint(String officeId, String protocol, String host, int port, String user, String password, String folder) {

    static MailboxEndpoint parse(String officeId, String url) {
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
        if (userInfo == null || !userInfo.contains(":")) {
            throw new SettingsException(key + ": the URL must carry user:password@ (URL-encoded)");
        }
        int colon = userInfo.indexOf(':');
        String user = URLDecoder.decode(userInfo.substring(0, colon), StandardCharsets.UTF_8);
        String password = URLDecoder.decode(userInfo.substring(colon + 1), StandardCharsets.UTF_8);
        int port = uri.getPort() > 0 ? uri.getPort() : ("imaps".equals(scheme) ? 993 : 143);
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new MailboxEndpoint(officeId, scheme, uri.getHost(), port, user, password, path.isEmpty() ? "INBOX" : path);
    }

    /** The URL without its password, for logs and health. */
    String display() {
        return protocol + "://" + user + "@" + host + ":" + port + "/" + folder;
    }

    private static String redact(String url) {
        return url.replaceAll("://([^:/@]*):[^@]*@", "://$1:***@");
    }

    @Override
    public String toString() {
        return display();
    }
}

package vn.reportbot.mailbox;

import java.net.URI;

/**
 * {@code reportbot.mailboxes.<office>.oauth2.*}: how to get an access token for a mailbox that no
 * longer accepts passwords (Gmail, Microsoft 365). {@code provider} ({@code google} or {@code microsoft})
 * fills in the token endpoint; {@code token-uri} overrides it.
 */
record OAuth2Settings(String provider, URI tokenUri, String clientId, String clientSecret, String refreshToken,
                      String scope) {

    static final URI GOOGLE = URI.create("https://oauth2.googleapis.com/token");
    static final URI MICROSOFT = URI.create("https://login.microsoftonline.com/common/oauth2/v2.0/token");
    static final String MICROSOFT_SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All offline_access";

    /** Checks the settings of one office and fills in the provider's endpoint and scope. */
    OAuth2Settings resolved(String officeId) {
        String key = "reportbot.mailboxes." + officeId + ".oauth2";
        URI uri = tokenUri;
        String theScope = scope;
        if (uri == null && "google".equalsIgnoreCase(provider)) {
            uri = GOOGLE;
        } else if (uri == null && "microsoft".equalsIgnoreCase(provider)) {
            uri = MICROSOFT;
            theScope = scope == null ? MICROSOFT_SCOPE : scope;
        }
        if (uri == null) {
            throw new vn.reportbot.system.SettingsException(key + ": set provider (google or microsoft) or token-uri");
        }
        for (String[] required : new String[][] {{"client-id", clientId}, {"client-secret", clientSecret},
                {"refresh-token", refreshToken}}) {
            if (required[1] == null || required[1].isBlank()) {
                throw new vn.reportbot.system.SettingsException(key + "." + required[0] + " is missing");
            }
        }
        return new OAuth2Settings(provider, uri, clientId, clientSecret, refreshToken, theScope);
    }
}

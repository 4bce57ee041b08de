package org.sitmap.domain;

import java.util.regex.Pattern;

/**
 * The rule for a link Sitmap stores or opens: {@code http} or {@code https}, a host, and no spaces, control
 * characters or invisible direction marks (which can make one address look like another). Anything else is
 * refused, so a {@code javascript:} or {@code file:} link can never be stored or opened.
 */
public final class WebAddress {
    private static final Pattern FORM = Pattern.compile("(?i)https?://[^\\s/?#@:]+(:\\d{1,5})?([/?#]\\S*)?");

    private WebAddress() {
    }

    /** Why {@code url} is not acceptable, or null when it is. */
    public static String problem(String url) {
        if (url == null || url.isEmpty()) return "the URL is empty";
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200E' || c == '\u200F' || c == '\u061C') {
                return "the URL contains an invisible or control character (U+" + String.format("%04X", (int) c) + ")";
            }
        }
        if (!url.regionMatches(true, 0, "http://", 0, 7) && !url.regionMatches(true, 0, "https://", 0, 8)) {
            return "only http and https links are allowed";
        }
        if (!FORM.matcher(url).matches()) return "the URL needs a host and may not contain spaces";
        return null;
    }

    public static boolean isAcceptable(String url) {
        return problem(url) == null;
    }
}

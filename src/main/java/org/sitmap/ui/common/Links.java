package org.sitmap.ui.common;

import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;
import org.sitmap.domain.WebAddress;

/** Opens source links in the system browser; only http and https addresses ever leave the application. */
public final class Links {
    private final Consumer<String> browser;

    /** @param browser shows a URL, e.g. {@code HostServices::showDocument} */
    public Links(Consumer<String> browser) {
        this.browser = browser;
    }

    /** True for absolute http or https URLs with a host and no hidden direction marks or controls ({@link WebAddress}). */
    public static boolean isWebAddress(String url) {
        if (url == null || !WebAddress.isAcceptable(url.trim())) return false;
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Opens {@code url} when it is a web address; anything else is ignored. */
    public void open(String url) {
        if (isWebAddress(url)) browser.accept(url.trim());
    }
}

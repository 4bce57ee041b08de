package org.sitmap.publish;

import java.util.List;
import org.sitmap.domain.Source;

/**
 * The sources behind what an image shows, and how many of them its footer names. Immutable.
 *
 * @param all      every source behind the zones shown, latest by the map's date first
 * @param inFooter the first ones, as named in the footer (the rest are in {@code sources.csv})
 */
public record Citations(List<Source> all, List<Source> inFooter) {
    public Citations {
        all = List.copyOf(all);
        inFooter = List.copyOf(inFooter);
    }

    /** How many sources the footer could not name. */
    public int more() {
        return all.size() - inFooter.size();
    }

    /** How the footer names a source: outlet and publication date. */
    public static String label(Source s) {
        return s.published().isEmpty() ? s.outlet() : s.outlet() + " " + s.published();
    }
}

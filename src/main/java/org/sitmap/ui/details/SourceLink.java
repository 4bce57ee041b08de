package org.sitmap.ui.details;

import java.util.ArrayList;
import java.util.List;
import org.sitmap.domain.Citation;
import org.sitmap.domain.Dataset;
import org.sitmap.domain.Source;

/**
 * A cited source as the details panel lists it.
 *
 * @param outlet    the original outlet
 * @param title     the report's title, may be empty
 * @param published {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, or empty when the page showed no date
 * @param url       the report's address (http or https, checked by {@link Source})
 * @param excerpt   the words cited, may be empty
 */
public record SourceLink(String outlet, String title, String published, String url, String excerpt) {
    /** The sources of {@code citations} that the dataset knows, in citation order. */
    public static List<SourceLink> of(Dataset d, List<Citation> citations) {
        List<SourceLink> out = new ArrayList<>();
        for (Citation c : citations) {
            d.source(c.sourceId()).ifPresent(s -> out.add(new SourceLink(s.outlet(), s.title(), s.published(), s.url(), c.excerpt())));
        }
        return out;
    }

    /**
     * "Reuters, 2024-11-30 — Title", leaving out the date or title when the page showed none. The title comes last:
     * numbers and brackets after an Arabic title would join the Arabic run and scramble the line, and bidi control
     * characters show as boxes in the UI font.
     */
    public String caption() {
        return outlet + (published.isEmpty() ? "" : ", " + published) + (title.isEmpty() ? "" : " — " + title);
    }
}

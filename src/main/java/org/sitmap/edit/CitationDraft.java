package org.sitmap.edit;

/**
 * A citation as the user fills it in: either an existing source ({@code sourceId}) or a new one (outlet, title,
 * publication date, URL exactly as found), and in both cases the quoted excerpt. Fields may be incomplete; the
 * {@link EditRules} say what is missing.
 *
 * @param sourceId     id of an existing source, or empty for a new one
 * @param outlet       the original outlet of a new source
 * @param title        its title as published
 * @param titleUnknown true when the page shows no title (then {@code title} stays empty, never reconstructed)
 * @param published    its publication date: YYYY-MM-DD, YYYY-MM or YYYY
 * @param url          its address exactly as found, http or https only
 * @param language     ISO 639-1 code, may be empty
 * @param excerpt      the words of the source that support the fact, quoted verbatim
 */
public record CitationDraft(String sourceId, String outlet, String title, boolean titleUnknown, String published,
                            String url, String language, String excerpt) {
    public CitationDraft {
        sourceId = strip(sourceId);
        outlet = strip(outlet);
        title = strip(title);
        published = strip(published);
        url = strip(url);
        language = strip(language);
        excerpt = strip(excerpt);
    }

    /** A citation of a source already stored. */
    public static CitationDraft existing(String sourceId, String excerpt) {
        return new CitationDraft(sourceId, "", "", false, "", "", "", excerpt);
    }

    /** A citation of a new source. */
    public static CitationDraft newSource(String outlet, String title, String published, String url, String excerpt) {
        return new CitationDraft("", outlet, title, false, published, url, "", excerpt);
    }

    public boolean citesExistingSource() {
        return !sourceId.isEmpty();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}

package org.sitmap.domain;

/**
 * A fact's reference to a source, with the words of the source that support it.
 *
 * @param sourceId id of the cited {@link Source}
 * @param excerpt  verbatim excerpt (at most about 30 words), may be empty
 */
public record Citation(String sourceId, String excerpt) {
    public Citation {
        Ids.requireId(sourceId, "cited source id");
        excerpt = Ids.text(excerpt);
    }
}

package org.sitmap.domain;

/**
 * A published report that facts cite.
 *
 * @param id        stable id, e.g. {@code S0042}
 * @param outlet    the original outlet (Reuters, SOHR, ...)
 * @param title     the report's title as published
 * @param published publication date, {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} when only the month or year is shown, or empty
 *                  when the page as found shows no date (never guessed)
 * @param url       the address exactly as found
 * @param language  ISO 639-1 code
 * @param seenOn    the mirror or syndication site the report was read on, or empty
 */
public record Source(String id, String outlet, String title, String published, String url, String language,
                     String seenOn) {
    public Source {
        Ids.requireId(id, "source id");
        if (outlet == null || outlet.isBlank()) throw new IllegalArgumentException("source " + id + ": empty outlet");
        title = Ids.text(title);
        published = Ids.text(published);
        if (!published.isEmpty() && !isDate(published)) {
            throw new IllegalArgumentException("source " + id + ": publication date must be a real YYYY-MM-DD, YYYY-MM or YYYY, was '" + published + "'");
        }
        String urlProblem = WebAddress.problem(url);
        if (urlProblem != null) throw new IllegalArgumentException("source " + id + ": " + urlProblem);
        language = Ids.text(language);
        seenOn = Ids.text(seenOn);
    }

    private static boolean isDate(String s) {
        try {
            switch (s.length()) {
                case 4 -> java.time.Year.parse(s);
                case 7 -> java.time.YearMonth.parse(s);
                case 10 -> java.time.LocalDate.parse(s);
                default -> { return false; }
            }
            return s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }
}

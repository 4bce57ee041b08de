package org.sitmap.edit;

/**
 * Why an edit cannot be saved yet, tied to the form field that must change: the form shows the message next to
 * that field, the command line prints it.
 *
 * @param field    the field at fault
 * @param citation index of the citation at fault, or -1 when the problem is not in a citation
 * @param message  what is wrong and what to do, in the user's words
 */
public record EditProblem(Field field, int citation, String message) {
    /** The fields of the edit forms. */
    public enum Field {
        PLACE, DATE, TIME, FROM, TO, KIND, CITATIONS, SOURCE, OUTLET, TITLE, PUBLISHED, URL, EXCERPT,
        EVENT_TITLE, ACTORS, NAME_EN, NAME_AR, POSITION, COORD_REF, COORD_ERROR, POPULATION, REASON
    }

    static EditProblem of(Field field, String message) {
        return new EditProblem(field, -1, message);
    }

    @Override
    public String toString() {
        return (citation >= 0 ? "citation " + (citation + 1) + ", " : "") + field.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + ": " + message;
    }
}

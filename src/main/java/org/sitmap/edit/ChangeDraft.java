package org.sitmap.edit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.Precision;

/**
 * A control change as the user fills it in; fields may be missing (null or empty) until {@link EditRules} accept it.
 *
 * @param localityId  the place
 * @param date        local date in Syria
 * @param time        local time, or null when only the day is known
 * @param precision   how exactly the report dates it
 * @param from        the holder before (for a contested place: the holder), may be null to use the current one
 * @param to          the new holder (for a contested place: the attacker)
 * @param kind        captured, claimed, contested, withdrawn or handed over
 * @param confidence  how well supported
 * @param note        why, or what the alternatives say; may be empty
 * @param citations   at least one complete citation
 * @param extendRange the user confirmed a date after the dataset's last day
 */
public record ChangeDraft(String localityId, LocalDate date, LocalTime time, Precision precision, String from, String to,
                          ChangeKind kind, Confidence confidence, String note, List<CitationDraft> citations,
                          boolean extendRange) {
    public ChangeDraft {
        citations = citations == null ? List.of() : List.copyOf(citations);
        note = note == null ? "" : note.strip();
        if (precision == null) precision = time == null ? Precision.DAY : Precision.MINUTE;
        if (kind == null) kind = ChangeKind.CAPTURED;
        if (confidence == null) confidence = Confidence.MEDIUM;
    }

    /** A day-precise capture, the common case. */
    public static ChangeDraft captured(String localityId, LocalDate date, String to, List<CitationDraft> citations) {
        return new ChangeDraft(localityId, date, null, null, null, to, ChangeKind.CAPTURED, Confidence.MEDIUM, "",
                citations, false);
    }

    public ChangeDraft withCitations(List<CitationDraft> newCitations) {
        return new ChangeDraft(localityId, date, time, precision, from, to, kind, confidence, note, newCitations, extendRange);
    }

    public ChangeDraft withExtendRange(boolean confirmed) {
        return new ChangeDraft(localityId, date, time, precision, from, to, kind, confidence, note, citations, confirmed);
    }
}

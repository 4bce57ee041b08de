package org.sitmap.interop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did: rows added, updated, skipped (with reasons), proposals made, actors it could not map.
 * Filled by one importer on one thread; read after the import finished.
 */
public final class ImportReport {
    /** Reasons kept in full; beyond this only counted, so a huge file keeps the report small. */
    static final int MAX_REASONS = 500;

    private final String file;
    private long added;
    private long updated;
    private long skipped;
    private long proposed;
    private long proposalsKept;
    private final List<String> skipReasons = new ArrayList<>();
    private final Map<String, Long> unknownActors = new TreeMap<>();
    private final List<String> conflicts = new ArrayList<>();

    public ImportReport(String file) {
        this.file = file;
    }

    public void added() { added++; }
    public void updated() { updated++; }
    public void proposed() { proposed++; }
    /** A proposal the user already decided on, left as decided. */
    public void proposalKept() { proposalsKept++; }

    /** A row left out, with where and why. */
    public void skipped(long line, String reason) {
        skipped++;
        if (skipReasons.size() < MAX_REASONS) skipReasons.add(file + ":" + line + ": " + reason);
    }

    /** An actor name with no faction in the mapping; counted, not guessed. */
    public void unknownActor(String actor) {
        unknownActors.merge(actor, 1L, Long::sum);
    }

    /** A row whose id exists with different content, stored under another id instead of overwriting. */
    public void conflict(String message) {
        conflicts.add(message);
    }

    public String file() { return file; }
    public long addedCount() { return added; }
    public long updatedCount() { return updated; }
    public long skippedCount() { return skipped; }
    public long proposedCount() { return proposed; }
    public long proposalsKeptCount() { return proposalsKept; }
    public List<String> skipReasons() { return Collections.unmodifiableList(skipReasons); }
    /** Unknown actor names with the number of rows naming them, sorted by name. */
    public Map<String, Long> unknownActors() { return Collections.unmodifiableMap(unknownActors); }
    public List<String> conflicts() { return Collections.unmodifiableList(conflicts); }

    /** One line: the counts. */
    public String summary() {
        return String.format(Locale.ROOT, "%s: %d added, %d updated, %d skipped, %d proposed control changes%s%s",
                file, added, updated, skipped, proposed,
                unknownActors.isEmpty() ? "" : ", " + unknownActors.size() + " unknown actors",
                conflicts.isEmpty() ? "" : ", " + conflicts.size() + " conflicts");
    }

    /** The whole report as plain text, for the screen and for saving. */
    public String toText() {
        StringBuilder b = new StringBuilder(summary()).append('\n');
        if (proposalsKept > 0) b.append(proposalsKept).append(" proposals already decided were left as decided\n");
        if (!conflicts.isEmpty()) {
            b.append("\nConflicts (same id, different content; stored under a new id, nothing overwritten):\n");
            conflicts.forEach(c -> b.append("  ").append(c).append('\n'));
        }
        if (!unknownActors.isEmpty()) {
            b.append("\nActors with no faction in the mapping (rows naming them):\n");
            unknownActors.forEach((a, n) -> b.append("  ").append(a).append(" (").append(n).append(")\n"));
        }
        if (skipped > 0) {
            b.append("\nSkipped rows:\n");
            skipReasons.forEach(r -> b.append("  ").append(r).append('\n'));
            if (skipped > skipReasons.size()) b.append("  … and ").append(skipped - skipReasons.size()).append(" more\n");
        }
        return b.toString();
    }
}

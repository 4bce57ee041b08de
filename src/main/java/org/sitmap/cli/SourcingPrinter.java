package org.sitmap.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Dataset;
import org.sitmap.io.SourcingCheck;
import org.sitmap.io.SourcingReport;

/** Prints a {@link SourcingReport} as plain text: the lists first, the shares last. */
final class SourcingPrinter {
    private final PrintWriter out;

    SourcingPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(Dataset d, SourcingReport r) {
        out.println();
        out.println("== sourcing report ==");
        section("region-wide rows (excerpts never name the place)", r.notNaming().stream().map(id -> describe(d, id)).toList());
        section("region-wide rows rated above low without two outlets", r.overConfident());
        section("sources sharing one address", r.duplicateSources().stream().map(g -> String.join(" = ", g)).toList());
        section("excerpts quoted by more than " + SourcingCheck.REUSE_LIMIT + " rows", r.reusedExcerpts().entrySet()
                .stream().map(e -> e.getValue() + "x " + shorten(e.getKey())).toList());
        section("sources published more than " + SourcingCheck.LATE_DAYS + " days after the fact", r.lateCitations());
        section("titles rebuilt, not as published", r.reconstructedTitles());
        out.printf(Locale.ROOT, "place named: %d of %d used changes after the status quo (%.1f %%, target %.0f %%)%n",
                r.naming().size(), r.placeChanges(), 100 * r.placeNamingShare(), 100 * SourcingReport.PLACE_NAMING_TARGET);
        out.printf(Locale.ROOT, "region-wide rows rated by the rule: %d of %d (%.1f %%)%n",
                r.notNaming().size() - r.overConfident().size(), r.notNaming().size(), 100 * r.regionWideRatedShare());
        out.printf(Locale.ROOT, "duplicate sources: %d, reused excerpts: %d, late citations: %d, rebuilt titles: %d%n",
                r.duplicateSources().size(), r.reusedExcerpts().size(), r.lateCitations().size(), r.reconstructedTitles().size());
        out.println(r.meetsTargets() ? "sourcing targets met" : "sourcing targets NOT met");
    }

    private void section(String title, List<String> lines) {
        out.printf("-- %s: %d%n", title, lines.size());
        lines.forEach(l -> out.println("  " + l));
    }

    private static String describe(Dataset d, String changeId) {
        ControlChange c = d.changes().stream().filter(x -> x.id().equals(changeId)).findFirst().orElseThrow();
        String name = d.locality(c.localityId()).map(l -> l.nameEn()).orElse(c.localityId());
        return changeId + " " + name + " " + c.when() + " " + c.kind().name().toLowerCase(Locale.ROOT) + " "
                + c.confidence().name().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String s) {
        return s.length() <= 110 ? s : s.substring(0, 107) + "...";
    }
}

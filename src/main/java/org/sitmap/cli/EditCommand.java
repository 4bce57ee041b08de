package org.sitmap.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitmap.domain.ChangeKind;
import org.sitmap.domain.Confidence;
import org.sitmap.domain.EditRecord;
import org.sitmap.domain.Precision;
import org.sitmap.edit.AlternativeChoice;
import org.sitmap.edit.ChangeDraft;
import org.sitmap.edit.CitationDraft;
import org.sitmap.edit.EditRejectedException;
import org.sitmap.edit.EditService;
import org.sitmap.edit.RowSummary;
import org.sitmap.platform.Settings;
import org.sitmap.store.SituationStore;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code edit ...}: the user's own control changes, their history and retractions, from scripts. */
@Command(name = "edit", description = "Record your own sourced control changes, list the edit history, retract.",
        subcommands = {EditCommand.AddChange.class, EditCommand.History.class, EditCommand.Retract.class,
                EditCommand.Unretract.class, ExportEditsCommand.class, ImportEditsCommand.class})
final class EditCommand implements Callable<Integer> {
    /** Settings key of the author name written into the edit history. */
    static final String AUTHOR_KEY = "edit.author";

    @ParentCommand
    SitmapCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Runs {@code work} on the opened store; a refused edit prints its problems and exits 1. */
    static int withService(EditCommand edit, String author, CommandSpec spec, Work work) throws Exception {
        String name = author != null ? author : Settings.load(edit.root.paths().config()).get(AUTHOR_KEY, System.getProperty("user.name", ""));
        try (var opened = edit.root.situation().open()) {
            return work.run(new EditService(opened.store(), () -> name, Clock.systemUTC()));
        } catch (EditRejectedException e) {
            var err = spec.commandLine().getErr();
            if (e.problems().isEmpty()) err.println("error: " + e.getMessage());
            e.problems().forEach(p -> err.println("error: " + p));
            return 1;
        }
    }

    interface Work {
        int run(EditService service) throws Exception;
    }

    @Command(name = "add-change", description = "Record that a place changed hands, with at least one source.")
    static final class AddChange implements Callable<Integer> {
        @ParentCommand
        EditCommand edit;
        @Spec
        CommandSpec spec;

        @Option(names = "--place", required = true, paramLabel = "ID", description = "Locality id (e.g. gn170063).")
        String place;
        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Local date in Syria.")
        LocalDate date;
        @Option(names = "--time", paramLabel = "HH:MM", description = "Local time, when the report gives one.")
        LocalTime time;
        @Option(names = "--precision", description = "minute, hour, day or approx_day (default: from --time).")
        String precision;
        @Option(names = "--to", required = true, paramLabel = "FACTION", description = "The new holder (for contested: the attacker).")
        String to;
        @Option(names = "--from", paramLabel = "FACTION", description = "The previous holder (default: who held it before the date).")
        String from;
        @Option(names = "--kind", defaultValue = "captured", description = "captured, claimed, contested, withdrawn or handed_over.")
        String kind;
        @Option(names = "--confidence", defaultValue = "medium", description = "high, medium or low.")
        String confidence;
        @Option(names = "--note", defaultValue = "", description = "Why, or what other reports say.")
        String note;
        @Option(names = "--extend-range", description = "Confirm a date after the dataset's last day.")
        boolean extendRange;
        @Option(names = "--alternative", defaultValue = "both",
                description = "When it disagrees with a stored claim: use_new, keep_stored or both (they are different changes).")
        String alternative;
        @Option(names = "--author", description = "Author name for the history (default: the settings' edit.author).")
        String author;

        @ArgGroup(exclusive = false, multiplicity = "1")
        SourceArgs source;

        static final class SourceArgs {
            @Option(names = "--source-id", paramLabel = "ID", description = "An existing source instead of a new one.")
            String sourceId;
            @Option(names = "--outlet", description = "Outlet of a new source.")
            String outlet;
            @Option(names = "--title", description = "Title as published (omit with --no-title if the page shows none).")
            String title;
            @Option(names = "--no-title", description = "The page shows no title.")
            boolean noTitle;
            @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date.")
            String published;
            @Option(names = "--source-url", paramLabel = "URL", description = "Address exactly as found (http/https).")
            String url;
            @Option(names = "--excerpt", required = true, description = "The words of the source that support it.")
            String excerpt;
        }

        @Override
        public Integer call() throws Exception {
            CitationDraft citation = source.sourceId != null ? CitationDraft.existing(source.sourceId, source.excerpt)
                    : new CitationDraft("", source.outlet, source.title, source.noTitle, source.published, source.url, "", source.excerpt);
            ChangeDraft draft = new ChangeDraft(place, date, time, precision == null ? null : Precision.valueOf(upper(precision)),
                    from, to, ChangeKind.valueOf(upper(kind)), Confidence.valueOf(upper(confidence)), note, List.of(citation), extendRange);
            return withService(edit, author, spec, service -> {
                var alternatives = service.rules().alternativesTo(draft, null);
                String id = service.addChange(draft, AlternativeChoice.valueOf(upper(alternative)));
                var out = spec.commandLine().getOut();
                out.println(id);
                alternatives.forEach(a -> spec.commandLine().getErr().println("note: disagrees with " + a.id() + " ("
                        + a.from() + "→" + a.to() + " on " + a.when() + "); --alternative " + alternative.toLowerCase()));
                return 0;
            });
        }
    }

    @Command(name = "history", description = "List every edit, oldest first: when, who, what, before and after.")
    static final class History implements Callable<Integer> {
        @ParentCommand
        EditCommand edit;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return withService(edit, null, spec, service -> {
                var out = spec.commandLine().getOut();
                for (EditRecord r : service.store().history()) {
                    out.printf("%d\t%s\t%s\t%s\t%s\t%s\t→\t%s%n", r.seq(), r.at(), r.author(), r.action().name().toLowerCase(),
                            r.write().rowId(), RowSummary.of(r.write().before()), RowSummary.of(r.write().after()));
                }
                return 0;
            });
        }
    }

    @Command(name = "retract", description = "Hide a change or event from the map, with a reason (built-in rows through a correction).")
    static final class Retract implements Callable<Integer> {
        @ParentCommand
        EditCommand edit;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--reason", required = true)
        String reason;
        @Option(names = "--author")
        String author;

        @Override
        public Integer call() throws Exception {
            return withService(edit, author, spec, service -> {
                spec.commandLine().getOut().println(service.retract(id, reason));
                return 0;
            });
        }
    }

    @Command(name = "unretract", description = "Show a retracted row of yours again.")
    static final class Unretract implements Callable<Integer> {
        @ParentCommand
        EditCommand edit;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--author")
        String author;

        @Override
        public Integer call() throws Exception {
            return withService(edit, author, spec, service -> {
                service.unretract(id);
                return 0;
            });
        }
    }

    static String upper(String s) {
        return s.strip().toUpperCase(java.util.Locale.ROOT);
    }

}

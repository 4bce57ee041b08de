package org.sitmap.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.ProposedChange;
import org.sitmap.interop.ProposalReview;
import org.sitmap.store.SituationService;
import org.sitmap.store.SituationStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code proposals}: list, accept or reject the control changes that imports proposed. */
@Command(name = "proposals", description = {"Control changes proposed by imports (e.g. ACLED territorial events): "
        + "list them, accept one onto the map, or reject one with a reason.",
        "  sitmap proposals                       list all",
        "  sitmap proposals accept ID",
        "  sitmap proposals reject ID --reason TEXT"})
final class ProposalsCommand implements Callable<Integer> {
    @ParentCommand
    SitmapCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", description = "list (default), accept or reject")
    String action = "list";

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "the proposal's id")
    String id;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why it is rejected (required for reject)")
    String reason;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try (SituationService.Opened situation = root.situation().open()) {
            SituationStore store = situation.store();
            ProposalReview review = new ProposalReview(store, () -> org.sitmap.platform.Settings.load(root.paths().config())
                    .get(EditCommand.AUTHOR_KEY, System.getProperty("user.name", "")), java.time.Clock.systemUTC());
            switch (action) {
                case "list" -> {
                    for (ProposedChange p : review.all()) {
                        out.printf(Locale.ROOT, "%-22s %-8s %s %s %s → %s at %s%s%s%n", p.id(), p.status().name().toLowerCase(Locale.ROOT),
                                p.when(), p.kind().name().toLowerCase(Locale.ROOT), p.from() == null ? "?" : p.from(), p.to(),
                                p.localityId() == null ? "(new place) " + p.placeName() : p.localityId() + " " + p.placeName(),
                                p.reason().isEmpty() ? "" : " — rejected: " + p.reason(),
                                p.changeId() == null ? "" : " — now " + p.changeId());
                    }
                    return 0;
                }
                case "accept", "reject" -> {
                    if (id == null) {
                        err.println("error: " + action + " needs the proposal's id");
                        return 2;
                    }
                    try {
                        if (action.equals("accept")) {
                            ControlChange c = review.accept(id);
                            out.println("accepted " + id + ": " + c.id() + " " + c.when() + " " + c.localityId() + " → " + c.to());
                        } else {
                            if (reason == null || reason.isBlank()) {
                                err.println("error: reject needs --reason TEXT");
                                return 2;
                            }
                            review.reject(id, reason);
                            out.println("rejected " + id);
                        }
                    } catch (IllegalArgumentException e) {
                        err.println("error: " + e.getMessage());
                        return 1;
                    }
                    return 0;
                }
                default -> {
                    err.println("error: unknown action '" + action + "' (list, accept or reject)");
                    return 2;
                }
            }
        }
    }
}

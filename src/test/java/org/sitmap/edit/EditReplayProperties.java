package org.sitmap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitmap.domain.Citation;
import org.sitmap.domain.ControlChange;
import org.sitmap.domain.Source;
import org.sitmap.domain.UserRow;
import org.sitmap.store.SituationStore;

/**
 * Any sequence of random edits, undos and redos leaves the store as replaying only the surviving edits (those not
 * undone) on a fresh store would: same user rows (up to the numbering of ids, which undone edits consume) and the
 * same map.
 */
class EditReplayProperties {
    private static final List<String> PLACES = List.of("L-DH", "L-MS");
    private static final List<String> HOLDERS = List.of("GOV", "HTS", "SNA");

    /** One step: 0 add a change, 1 retract one of the added changes, 2 undo, 3 redo; a and b pick the details. */
    record Step(int what, int a, int b) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.integers().between(0, 3).flatMap(w -> Arbitraries.integers().between(0, 99)
                .flatMap(a -> Arbitraries.integers().between(0, 99).map(b -> new Step(w, a, b)))).list().ofMinSize(1).ofMaxSize(12);
    }

    /** An edit that survived, with the ids it created in the store it ran on. */
    private record Done(int index, Step step, String changeId, List<String> newIds) {
    }

    @Property(tries = 25)
    void randomEditsAndUndos_equalReplayingTheSurvivingEdits(@ForAll("steps") List<Step> steps) throws Exception {
        Path dir = Files.createTempDirectory("edit-replay");
        try (SituationStore a = EditFixtures.store(dir.resolve("a.db")); SituationStore b = EditFixtures.store(dir.resolve("b.db"))) {
            EditService live = new EditService(a, () -> "prop", EditFixtures.CLOCK);
            Deque<Done> applied = new ArrayDeque<>(), undone = new ArrayDeque<>();
            for (int i = 0; i < steps.size(); i++) {
                Step s = steps.get(i);
                switch (s.what()) {
                    case 2 -> {
                        if (live.canUndo()) {
                            live.undo();
                            undone.push(applied.pop());
                        }
                    }
                    case 3 -> {
                        if (live.canRedo()) {
                            live.redo();
                            applied.push(undone.pop());
                        }
                    }
                    default -> {
                        Done d = apply(live, a, i, s, new ArrayList<>(applied));
                        if (d != null) {
                            applied.push(d);
                            undone.clear();
                        }
                    }
                }
            }
            List<Done> surviving = new ArrayList<>(applied);
            java.util.Collections.reverse(surviving);
            EditService replay = new EditService(b, () -> "prop", EditFixtures.CLOCK);
            List<Done> replayed = new ArrayList<>();
            for (Done d : surviving) {
                Done r = apply(replay, b, d.index(), d.step(), replayed);
                assertEquals(d.newIds().size(), r == null ? -1 : r.newIds().size(), "the surviving edit " + d + " replays");
                replayed.add(0, r);
            }
            Map<String, String> rename = new HashMap<>();
            for (int i = 0; i < surviving.size(); i++) {
                List<String> from = surviving.get(i).newIds(), to = replayed.get(replayed.size() - 1 - i).newIds();
                for (int k = 0; k < from.size(); k++) rename.put(from.get(k), to.get(k));
            }
            assertEquals(canonical(b.userRows(), Map.of()), canonical(a.userRows(), rename));
            assertEquals(b.load().changes().stream().filter(c -> !c.id().startsWith("u.")).toList(),
                    a.load().changes().stream().filter(c -> !c.id().startsWith("u.")).toList(), "the same built-in rows show");
        }
    }

    /** Runs step {@code s}; returns what it created, or null when the rules refused it or it had no target. */
    private static Done apply(EditService edits, SituationStore store, int index, Step s, List<Done> applied) throws Exception {
        Set<String> before = ids(store);
        String changeId;
        try {
            if (s.what() == 0) {
                LocalDate day = LocalDate.of(2024, 11, 27).plusDays(s.a() % 18);
                ChangeDraft draft = ChangeDraft.captured(PLACES.get(s.a() % 2), day, HOLDERS.get(s.b() % 3),
                        List.of(CitationDraft.newSource("Outlet " + index, "Report " + index, "2024-12-01",
                                "https://example.org/report/" + index, "words " + index)));
                changeId = edits.addChange(draft, AlternativeChoice.values()[s.b() % 3]);
            } else {
                List<Done> targets = applied.stream().filter(d -> d.step().what() == 0).toList();
                if (targets.isEmpty()) return null;
                String target = targets.get(s.a() % targets.size()).changeId();
                if (edits.userRow(target).map(UserRow::isRetracted).orElse(true)) return null;
                changeId = edits.retract(target, "reason " + index);
            }
        } catch (EditRejectedException e) {
            return null;
        }
        Set<String> created = new TreeSet<>(Comparator.comparing((String id) -> id.charAt(2)).thenComparingLong(id -> Long.parseLong(id.substring(4))));
        created.addAll(ids(store));
        created.removeAll(before);
        return new Done(index, s, changeId, List.copyOf(created));
    }

    private static Set<String> ids(SituationStore store) throws Exception {
        Set<String> out = new java.util.HashSet<>();
        store.userRows().forEach(r -> out.add(r.id()));
        return out;
    }

    /** The user rows as comparable text, ids renamed, in a fixed order. */
    private static List<String> canonical(List<UserRow> rows, Map<String, String> rename) {
        List<String> out = new ArrayList<>();
        for (UserRow r : rows) {
            Object v = r.value();
            String text;
            if (v instanceof ControlChange c) {
                text = "C " + name(c.id(), rename) + " " + c.localityId() + " " + c.when() + " " + c.from() + " " + c.to() + " "
                        + c.used() + " " + c.note().replaceAll("u\\.C\\.\\d+", "#") + " "
                        + c.citations().stream().map((Citation x) -> name(x.sourceId(), rename) + ":" + x.excerpt()).toList();
            } else if (v instanceof Source s) {
                text = "S " + name(s.id(), rename) + " " + s.url();
            } else {
                text = v.toString();
            }
            out.add(text + " overrides=" + r.overrides() + " retracted=" + r.retracted());
        }
        out.sort(null);
        return out;
    }

    private static String name(String id, Map<String, String> rename) {
        return rename.getOrDefault(id, id);
    }
}

package org.sitmap.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated copies of a valid small dataset (bytes flipped, cut, inserted, lines duplicated or truncated) through
 * the reader and validator: whatever the damage, no exception escapes, every problem names a dataset file and a
 * line inside it, and no control character reaches a message.
 */
class ReaderFuzzTest {
    /** The files the small dataset has (the optional ones it leaves out are not mutated). */
    private static final List<String> NAMES = List.of(DataFiles.FACTIONS, DataFiles.LOCALITIES, DataFiles.SOURCES,
            DataFiles.CONTROL, DataFiles.EVENTS);

    /** A mutation: which file, what to do, where, with which bytes. */
    record Mutation(int file, int kind, double where, byte[] bytes) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, NAMES.size() - 1),
                Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(12)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 1500)
    void mutatedDataset_givesProblemsNamingFileAndLine_neverAnException(@ForAll("mutations") List<Mutation> ms) throws Exception {
        byte[][] files = mini();
        for (Mutation m : ms) files[m.file()] = apply(files[m.file()], m);
        Path dir = Files.createTempDirectory("fuzz");
        try {
            for (int i = 0; i < NAMES.size(); i++) Files.write(dir.resolve(NAMES.get(i)), files[i]);
            ReadResult read = new DatasetReader().read(DataFiles.fromDirectory(dir));
            List<DataProblem> problems = new DatasetValidator().validate(read);
            for (DataProblem p : problems) {
                int index = NAMES.indexOf(p.file());
                if (DataFiles.OPTIONAL.contains(p.file())) continue; // absent on purpose; never reported
                assertTrue(index >= 0, "problem names a dataset file: " + p);
                long lines = new String(files[index]).lines().count() + 1;
                assertTrue(p.line() >= 0 && p.line() <= lines, "line inside the file: " + p);
                assertFalse(p.message().chars().anyMatch(c -> (Character.isISOControl(c) && c != '\t') || c == 0x202E), "printable: " + p);
            }
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) Files.delete(p);
            }
            Files.delete(dir);
        }
    }

    private static byte[] apply(byte[] in, Mutation m) {
        int at = (int) (m.where() * in.length);
        return switch (m.kind()) {
            case 0 -> { // flip bytes
                byte[] out = in.clone();
                for (int i = 0; i < m.bytes().length && at + i < out.length; i++) out[at + i] ^= m.bytes()[i];
                yield out;
            }
            case 1 -> Arrays.copyOf(in, at); // truncate
            case 2 -> { // insert
                byte[] out = new byte[in.length + m.bytes().length];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(m.bytes(), 0, out, at, m.bytes().length);
                System.arraycopy(in, at, out, at + m.bytes().length, in.length - at);
                yield out;
            }
            case 3 -> { // delete a range
                int end = Math.min(in.length, at + m.bytes().length * 4);
                byte[] out = new byte[in.length - (end - at)];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, end, out, at, in.length - end);
                yield out;
            }
            default -> { // duplicate the whole content (every id twice)
                byte[] out = Arrays.copyOf(in, in.length * 2);
                System.arraycopy(in, 0, out, in.length, in.length);
                yield out;
            }
        };
    }

    private static byte[][] mini() throws Exception {
        byte[][] out = new byte[NAMES.size()][];
        for (int i = 0; i < NAMES.size(); i++) {
            try (InputStream in = ReaderFuzzTest.class.getResourceAsStream("/bad-input/mini/" + NAMES.get(i))) {
                out[i] = in.readAllBytes();
            }
        }
        return out;
    }
}

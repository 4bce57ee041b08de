package org.sitmap.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.sitmap.io.DataProblem;

/** Rows read ahead arrive exactly as a plain loop over the source would have seen them. */
class ReadAheadTest {
    /** A source of {@code rows} numbers that fails after {@code failAfter} of them (-1: never). */
    private static ReadAhead.Source<Integer> numbers(int rows, int failAfter, Exception failure) {
        AtomicInteger next = new AtomicInteger();
        return () -> {
            int i = next.getAndIncrement();
            if (i == failAfter) {
                if (failure instanceof ImportException e) throw e;
                if (failure instanceof IOException e) throw e;
                throw (RuntimeException) failure;
            }
            return i < rows ? i : null;
        };
    }

    /** What a plain loop sees: the rows, then the failure's message or "end". */
    private static List<String> plain(ReadAhead.Source<Integer> source) {
        List<String> seen = new ArrayList<>();
        try {
            for (Integer i; (i = source.next()) != null; ) seen.add(String.valueOf(i));
            seen.add("end");
        } catch (Exception e) {
            seen.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return seen;
    }

    private static List<String> readAhead(ReadAhead.Source<Integer> source) {
        List<String> seen = new ArrayList<>();
        try (ReadAhead<Integer> rows = new ReadAhead<>("test reader", source)) {
            for (Integer i; (i = rows.next()) != null; ) seen.add(String.valueOf(i));
            seen.add("end");
        } catch (Exception e) {
            seen.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return seen;
    }

    @Property(tries = 200)
    void sameRowsAndFailureAsAPlainLoop(@ForAll @IntRange(max = 3000) int rows, @ForAll @IntRange(min = -1, max = 3000) int failAfter,
                                        @ForAll @IntRange(max = 2) int kind) {
        Exception failure = switch (kind) {
            case 0 -> new ImportException(new DataProblem("f.csv", failAfter + 2, "bad row"));
            case 1 -> new IOException("disk gone");
            default -> new IllegalStateException("parser broke");
        };
        assertEquals(plain(numbers(rows, failAfter, failure)), readAhead(numbers(rows, failAfter, failure)));
    }

    @Test
    void theSourcesExceptionIsRethrownAsItself() {
        ImportException bad = new ImportException(new DataProblem("f.csv", 3, "bad row"));
        try (ReadAhead<Integer> rows = new ReadAhead<>("test reader", numbers(10, 1, bad))) {
            assertEquals(0, rows.next());
            assertSame(bad, assertThrows(ImportException.class, rows::next));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void closeBeforeTheEnd_stopsTheReadingThread() throws Exception {
        AtomicInteger read = new AtomicInteger();
        ReadAhead<Integer> rows = new ReadAhead<>("endless reader", () -> read.incrementAndGet());
        assertEquals(1, rows.next());
        rows.close();
        int after = read.get();
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("endless reader")));
        Thread.sleep(20);
        assertEquals(after, read.get(), "nothing is read after close");
    }
}

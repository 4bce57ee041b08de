package org.sitmap.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoreSplitterTest {
    @ParameterizedTest
    @CsvSource({"0", "1", "2", "3", "1000"})
    void forEach_runsEveryIndexExactlyOnce(int count) {
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        CoreSplitter.forEach(count, runs::incrementAndGet);
        for (int i = 0; i < count; i++) assertEquals(1, runs.get(i), "index " + i);
    }

    @ParameterizedTest
    @CsvSource({"0, 64", "1, 64", "64, 64", "65, 64", "1000, 7"})
    void forEachInRuns_runsEveryIndexExactlyOnce(int count, int run) {
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        CoreSplitter.forEachInRuns(count, run, runs::incrementAndGet);
        for (int i = 0; i < count; i++) assertEquals(1, runs.get(i), "index " + i);
    }

    @Test
    void forEach_nestedInEveryPiece_finishesWithEveryInnerIndexOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(20 * 50);
        CoreSplitter.forEach(20, outer -> CoreSplitter.forEach(50, inner -> runs.incrementAndGet(outer * 50 + inner)));
        int[] expected = new int[20 * 50];
        Arrays.fill(expected, 1);
        int[] actual = new int[expected.length];
        for (int i = 0; i < actual.length; i++) actual[i] = runs.get(i);
        assertArrayEquals(expected, actual);
    }

    @Test
    void forEach_pieceThrows_rethrowsItsException() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> CoreSplitter.forEach(100, i -> {
            if (i == 57) throw new IllegalArgumentException("piece 57");
        }));
        assertEquals("piece 57", thrown.getMessage());
    }
}

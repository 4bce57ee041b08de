package org.sitmap.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Shares independent pieces of one computation between the calling thread and helper threads (one fewer than the
 * cores), so that a snapshot computed from scratch uses every core of a small machine rather than one: the benchmark
 * machine and many users' laptops have two. The caller always works too and, should no helper be free (another
 * computation holds them), does every piece itself: a call never waits for a helper to start, and so cannot deadlock,
 * even when nested. Results do not depend on which thread ran which piece. Thread-safe.
 */
final class CoreSplitter {
    private static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
    private static final ExecutorService POOL = HELPERS == 0 ? null : Executors.newFixedThreadPool(HELPERS, r -> {
        Thread t = new Thread(r, "zone-helper");
        t.setDaemon(true);  // idle helpers must not keep the application alive
        return t;
    });

    private CoreSplitter() {
    }

    /**
     * Runs {@code body} for every index in [0, count), handing the indices out in runs of {@code run} (enough work
     * per hand-over to outweigh it); otherwise as {@link #forEach}.
     */
    static void forEachInRuns(int count, int run, IntConsumer body) {
        forEach((count + run - 1) / run, r -> {
            for (int i = r * run; i < Math.min(count, (r + 1) * run); i++) body.accept(i);
        });
    }

    /**
     * Runs {@code piece} for every index in [0, count), each exactly once, on this thread and the helpers, and returns
     * when all have run. Pieces must be independent (each writes only its own slots). The first exception thrown by a
     * piece is rethrown here once all started pieces have ended.
     */
    static void forEach(int count, IntConsumer piece) {
        if (count <= 0) return;
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) piece.accept(i);
        };
        if (POOL == null || count == 1) {
            worker.run();
            return;
        }
        List<FutureTask<Void>> helpers = new ArrayList<>(HELPERS);
        for (int h = 0; h < Math.min(HELPERS, count - 1); h++) {
            FutureTask<Void> task = new FutureTask<>(worker, null);
            helpers.add(task);
            POOL.execute(task);
        }
        RuntimeException failure = null;
        try {
            worker.run();
        } catch (RuntimeException e) {
            failure = e;
            next.set(count);  // the others stop at their next piece
        }
        for (FutureTask<Void> task : helpers) {
            task.run();  // a task no helper has started yet runs (and finds nothing left) here; else a no-op
            try {
                task.get();
            } catch (ExecutionException e) {
                if (failure == null) failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                if (failure == null) failure = new IllegalStateException("interrupted while helpers worked", e);
            }
        }
        if (failure != null) throw failure;
    }
}

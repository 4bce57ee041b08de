package org.sitmap.task;

import java.util.function.Consumer;

/**
 * The one way to run background work. Results and failures are delivered on the UI thread by the UI's
 * implementation, immediately on the caller's thread by {@link DirectTaskRunner} (for tests and the CLI).
 * Implementations are thread-safe.
 */
public interface TaskRunner {
    /**
     * Runs {@code work} in the background.
     *
     * @param name      shown with progress, and in logs
     * @param work      the work; it reports progress and checks cancellation through its {@link Progress}
     * @param onSuccess receives the result on the delivery thread
     * @param onFailure receives the failure on the delivery thread (not called after cancellation). The runner has
     *                  logged it, with its stack trace: the handler tells the user and does not log it again
     * @return a handle to cancel the work
     */
    <T> Cancellable run(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Background work that can report progress and notice cancellation. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Progress reporting and cancellation, seen from inside the work. */
    interface Progress {
        /** Reports {@code done} of {@code total} units; a negative total means "unknown". */
        void update(long done, long total, String message);

        /** True once the user asked to cancel; long work should stop soon after. */
        boolean isCancelled();
    }

    /** A handle to stop submitted work. */
    interface Cancellable {
        void cancel();

        boolean isCancelled();
    }
}

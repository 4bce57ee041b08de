package org.sitmap.task;

import java.util.concurrent.atomic.AtomicBoolean;

/** A thread-safe cancel switch: the {@link TaskRunner.Cancellable} handed to callers of every runner. */
public final class CancellationFlag implements TaskRunner.Cancellable {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Progress that is shown nowhere and reads cancellation from this flag: for runners without a progress display. */
    public TaskRunner.Progress silentProgress() {
        return new TaskRunner.Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }
}

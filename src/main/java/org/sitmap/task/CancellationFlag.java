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
}

package org.sitmap.task;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** Runs work at once on the calling thread: the synchronous twin of the UI's runner, for tests and the CLI. */
public final class DirectTaskRunner implements TaskRunner {
    @Override
    public <T> Cancellable run(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Cancellable handle = new Cancellable() {
            @Override
            public void cancel() {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.get();
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }
}

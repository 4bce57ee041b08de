package org.sitmap.task;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: the synchronous twin of the UI's runner, for tests and the CLI. */
public final class DirectTaskRunner implements TaskRunner {
    @Override
    public <T> Cancellable run(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CancellationFlag handle = new CancellationFlag();
        T result;
        try {
            result = work.call(handle.silentProgress());
        } catch (Exception e) {
            onFailure.accept(e);
            return handle;
        }
        onSuccess.accept(result);
        return handle;
    }
}

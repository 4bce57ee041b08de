package org.sitmap.basemap;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.sitmap.task.CancellationFlag;
import org.sitmap.task.TaskRunner;

/**
 * A fallback runner for tiles when the application installed no runner of its own: two daemon threads, results
 * delivered on the worker thread (Gluon hands tiles to the FX thread itself). Thread-safe.
 */
final class PoolTaskRunner implements TaskRunner {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "sitmap-tiles");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Cancellable run(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CancellationFlag flag = new CancellationFlag();
        pool.execute(() -> {
            T result;
            try {
                result = work.call(new Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return flag.isCancelled();
                    }
                });
            } catch (Throwable e) {
                if (!flag.isCancelled()) onFailure.accept(e);
                return;
            }
            if (!flag.isCancelled()) onSuccess.accept(result);
        });
        return flag;
    }
}

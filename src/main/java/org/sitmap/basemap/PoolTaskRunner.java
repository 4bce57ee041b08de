package org.sitmap.basemap;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.sitmap.task.CancellationFlag;
import org.sitmap.task.TaskRunner;

/**
 * The base map's own runner for drawing tiles, so tiles never queue behind the application's other work: two daemon
 * threads, results delivered on the worker thread (Gluon hands tiles to the FX thread itself). Thread-safe.
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
                result = work.call(flag.silentProgress());
            } catch (Throwable e) {
                if (!flag.isCancelled()) onFailure.accept(e);
                return;
            }
            if (!flag.isCancelled()) onSuccess.accept(result);
        });
        return flag;
    }
}

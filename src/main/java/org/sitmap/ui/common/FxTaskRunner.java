package org.sitmap.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.sitmap.task.CancellationFlag;
import org.sitmap.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's background executor: work runs on a small pool of daemon threads, results come back on the
 * FX thread. The only class that calls {@code Platform.runLater}. Exposes progress of the latest task for the
 * status bar. Thread-safe.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService pool;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final AtomicInteger threadCount = new AtomicInteger();

    public FxTaskRunner() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitmap-worker-" + threadCount.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code r} on the FX thread (at once if already there). */
    public static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    }

    @Override
    public <T> Cancellable run(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CancellationFlag cancelled = new CancellationFlag();
        Cancellable handle = cancelled;
        if (pool.isShutdown()) {
            // The window is closing: a late listener's work is dropped, not thrown at the FX thread.
            LOG.debug("Task '{}' not started: the application is closing", name);
            cancelled.cancel();
            return handle;
        }
        onFx(() -> {
            running.set(running.get() + 1);
            message.set(name);
            progress.set(-1);
        });
        Runnable job = () -> {
            Progress p = new Progress() {
                @Override
                public void update(long done, long total, String text) {
                    onFx(() -> {
                        progress.set(total > 0 ? (double) done / total : -1);
                        if (text != null) message.set(text);
                    });
                }

                @Override
                public boolean isCancelled() {
                    return cancelled.isCancelled();
                }
            };
            try {
                T result = work.call(p);
                onFx(() -> {
                    finished();
                    if (!cancelled.isCancelled()) onSuccess.accept(result);
                });
            } catch (Throwable e) { // the one place a background failure is logged; handlers only show it
                if (!cancelled.isCancelled()) LOG.error("Background task '{}' failed", name, e);
                onFx(() -> {
                    finished();
                    if (!cancelled.isCancelled()) onFailure.accept(e);
                });
            }
        };
        try {
            pool.execute(job);
        } catch (RejectedExecutionException closedMeanwhile) {
            LOG.debug("Task '{}' not started: the application is closing", name);
            cancelled.cancel();
            onFx(this::finished);
        }
        return handle;
    }

    private void finished() {
        running.set(running.get() - 1);
        if (running.get() == 0) {
            message.set("");
            progress.set(-1);
        }
    }

    /** Number of tasks started and not yet delivered. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Progress of the latest task, 0..1, or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

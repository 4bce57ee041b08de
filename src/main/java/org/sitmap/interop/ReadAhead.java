package org.sitmap.interop;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses a file's rows on a thread of its own, ahead of the thread that stores them, through a bounded queue: on
 * two cores an import takes about as long as the slower of reading and storing, not their sum. Memory stays
 * constant: at most {@code BLOCKS} blocks of {@code BLOCK_ROWS} rows wait. Rows and a reading failure arrive in file
 * order, so the consumer sees exactly what a loop over {@link Source#next()} would have seen.
 *
 * <p>{@link #next()} and {@link #close()} are for one consumer thread; {@link #close()} stops the reading thread and
 * waits for it, so nothing reads the file afterwards. The source is only ever called from the reading thread.
 *
 * @param <T> a row
 */
public final class ReadAhead<T> implements AutoCloseable {
    /** Rows handed over together: one queue hand-off per block rather than per row. */
    static final int BLOCK_ROWS = 256;
    static final int BLOCKS = 8;

    /** The rows of a file, read one at a time. */
    @FunctionalInterface
    public interface Source<T> {
        /** The next row, or null at the end. */
        T next() throws ImportException, IOException;
    }

    /** The end of the rows, or the failure that ended them. */
    private record End(Throwable failure) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BLOCKS);
    private final Thread thread;
    private volatile boolean closed;
    private Object[] block = new Object[0];
    private int index;
    private End end;

    /** Starts reading {@code source} on a daemon thread called {@code name}. */
    public ReadAhead(String name, Source<T> source) {
        thread = new Thread(() -> run(source), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Source<T> source) {
        Object[] next = new Object[BLOCK_ROWS];
        int n = 0;
        try {
            for (T row; !closed && (row = source.next()) != null; ) {
                next[n++] = row;
                if (n == BLOCK_ROWS) {
                    queue.put(next);
                    next = new Object[BLOCK_ROWS];
                    n = 0;
                }
            }
            if (n > 0) queue.put(java.util.Arrays.copyOf(next, n));
            queue.put(new End(null));
        } catch (InterruptedException e) {
            // closed by the consumer: nobody waits for more
        } catch (Exception | Error e) {
            if (closed) return;
            try {
                if (n > 0) queue.put(java.util.Arrays.copyOf(next, n));
                queue.put(new End(e));
            } catch (InterruptedException stop) {
                // closed meanwhile
            }
        }
    }

    /**
     * The next row, or null after the last.
     *
     * @throws ImportException, IOException or an unchecked exception: what the source threw, after the rows before it
     */
    @SuppressWarnings("unchecked")
    public T next() throws ImportException, IOException {
        while (index == block.length) {
            if (end != null) return rethrow(end.failure());
            Object taken;
            try {
                taken = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted while reading");
            }
            if (taken instanceof End e) {
                end = e;
                block = new Object[0];
            } else {
                block = (Object[]) taken;
            }
            index = 0;
        }
        T row = (T) block[index];
        block[index++] = null;
        return row;
    }

    private T rethrow(Throwable t) throws ImportException, IOException {
        if (t == null) return null;
        if (t instanceof ImportException e) throw e;
        if (t instanceof IOException e) throw e;
        if (t instanceof RuntimeException e) throw e;
        if (t instanceof Error e) throw e;
        throw new IllegalStateException(t);
    }

    /** Stops the reading thread and waits until it has stopped. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}

package org.breastct.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent chunks of a range in parallel (slices, slabs or lines of a volume), in the style
 * of ImgLib2's TaskExecutor: algorithms ask for one, the caller picks the threading. Results of
 * an algorithm must not depend on the number of threads; chunks only ever write disjoint parts.
 */
public final class TaskExecutor implements AutoCloseable {

    /** Body of a chunk: handles indices {@code [from, to)}. */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    private static final TaskExecutor SEQUENTIAL = new TaskExecutor(1);

    private final int threads;
    private final ExecutorService pool;

    private TaskExecutor(int threads) {
        this.threads = threads;
        if (threads > 1) {
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "breastct-worker-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        } else {
            this.pool = null;
        }
    }

    /** One thread, the caller's. */
    public static TaskExecutor sequential() {
        return SEQUENTIAL;
    }

    /** {@code threads} worker threads ({@code <= 0}: one per available processor). Close it when done. */
    public static TaskExecutor withThreads(int threads) {
        int n = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        return n == 1 ? SEQUENTIAL : new TaskExecutor(n);
    }

    public int threads() {
        return threads;
    }

    /**
     * Splits {@code [0, n)} into at most {@code 4 * threads} contiguous chunks and runs {@code body}
     * on each, returning when all are done. Exceptions of a chunk are rethrown (unchecked ones as
     * they are). With one thread the chunks run in order on the caller's thread.
     */
    public void forRange(int n, RangeBody body) {
        if (n <= 0) {
            return;
        }
        if (pool == null || n == 1) {
            body.run(0, n);
            return;
        }
        int chunks = Math.min(n, threads * 4);
        List<Future<?>> futures = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) n * c / chunks);
            int to = (int) ((long) n * (c + 1) / chunks);
            futures.add(pool.submit(() -> body.run(from, to)));
        }
        RuntimeException failure = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (failure == null) {
                    if (cause instanceof RuntimeException re) {
                        failure = re;
                    } else if (cause instanceof Error err) {
                        throw err;
                    } else {
                        failure = new IllegalStateException(cause);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Runs {@code body} once per index in {@code [0, n)}, in parallel chunks. */
    public void forEach(int n, java.util.function.IntConsumer body) {
        forRange(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                body.accept(i);
            }
        });
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}

package org.breastct.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.breastct.progress.CancelledException;

/**
 * Runs independent chunks of a range in parallel (slices, slabs or lines of a volume), in the style
 * of ImgLib2's TaskExecutor: algorithms ask for one, the caller picks the threading. Results of
 * an algorithm must not depend on the number of threads; chunks only ever write disjoint parts.
 *
 * <p><b>Cancellation.</b> {@link #cancellable} gives a view of an executor (same threads) that
 * checks a cancellation flag before every chunk of {@link #forRange} (a sequential view also cuts
 * the range into chunks for this) and in {@link #checkCancelled}, which long sequential loops of the
 * algorithms call every few milliseconds of work; both throw {@link CancelledException}. An
 * algorithm cancelled so leaves its outputs undefined (its inputs are never changed, except where
 * its contract says it writes into one). Plain executors are never cancelled.
 */
public final class TaskExecutor implements AutoCloseable {

    /** Body of a chunk: handles indices {@code [from, to)}. */
    @FunctionalInterface
    public interface RangeBody {
        void run(int from, int to);
    }

    private static final TaskExecutor SEQUENTIAL = new TaskExecutor(1);

    /** Chunks of a cancellable view per thread (a check before each). */
    private static final int CHUNKS_PER_THREAD = 4;

    private final int threads;
    private final ExecutorService pool;
    /** null: never cancelled. */
    private final BooleanSupplier cancelled;
    /** False for views: closing them leaves the pool to its owner. */
    private final boolean ownsPool;

    private TaskExecutor(TaskExecutor of, BooleanSupplier cancelled) {
        this.threads = of.threads;
        this.pool = of.pool;
        this.cancelled = cancelled;
        this.ownsPool = false;
    }

    private TaskExecutor(int threads) {
        this.threads = threads;
        this.cancelled = null;
        this.ownsPool = true;
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
     * A view of this executor, on the same threads, that is cancelled when {@code cancelled} says
     * so (it is asked from the worker threads too, so it must be thread-safe and cheap). Closing the
     * view does nothing; close this executor when done.
     */
    public TaskExecutor cancellable(BooleanSupplier cancelled) {
        return new TaskExecutor(this, Objects.requireNonNull(cancelled, "cancelled"));
    }

    /** True if this is a cancellable view and its flag says cancelled. */
    public boolean isCancelled() {
        return cancelled != null && cancelled.getAsBoolean();
    }

    /** Throws {@link CancelledException} if {@link #isCancelled()}. */
    public void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /**
     * Splits {@code [0, n)} into at most {@code 4 * threads} contiguous chunks and runs {@code body}
     * on each, returning when all are done. Exceptions of a chunk are rethrown (unchecked ones as
     * they are). With one thread the chunks run in order on the caller's thread (one chunk, unless
     * this is a cancellable view). A cancellable view checks for cancellation before each chunk.
     */
    public void forRange(int n, RangeBody body) {
        if (n <= 0) {
            return;
        }
        if (pool == null || n == 1) {
            if (cancelled == null) {
                body.run(0, n);
                return;
            }
            int chunks = Math.min(n, CHUNKS_PER_THREAD);
            for (int c = 0; c < chunks; c++) {
                checkCancelled();
                body.run((int) ((long) n * c / chunks), (int) ((long) n * (c + 1) / chunks));
            }
            return;
        }
        int chunks = Math.min(n, threads * CHUNKS_PER_THREAD);
        List<Future<?>> futures = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) n * c / chunks);
            int to = (int) ((long) n * (c + 1) / chunks);
            futures.add(pool.submit(() -> {
                checkCancelled();
                body.run(from, to);
            }));
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
        if (pool != null && ownsPool) {
            pool.shutdownNow();
        }
    }
}

package org.breastct.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.breastct.progress.CancelledException;
import org.junit.jupiter.api.Test;

class TaskExecutorTest {

    @Test
    void forRangeCoversEveryIndexOnceForAnyThreadCount() {
        for (int threads : new int[] {1, 2, 3}) {
            try (TaskExecutor ex = TaskExecutor.withThreads(threads)) {
                for (TaskExecutor e : new TaskExecutor[] {ex, ex.cancellable(() -> false)}) {
                    for (int n : new int[] {0, 1, 2, 7, 100}) {
                        int[] hits = new int[n];
                        e.forRange(n, (from, to) -> {
                            for (int i = from; i < to; i++) {
                                synchronized (hits) {
                                    hits[i]++;
                                }
                            }
                        });
                        int[] once = new int[n];
                        java.util.Arrays.fill(once, 1);
                        assertArrayEquals(once, hits, threads + " threads, n " + n);
                    }
                }
            }
        }
    }

    @Test
    void plainExecutorsAreNeverCancelled() {
        assertFalse(TaskExecutor.sequential().isCancelled());
        TaskExecutor.sequential().checkCancelled(); // no exception
    }

    @Test
    void aCancelledViewStopsBeforeTheNextChunk() {
        for (int threads : new int[] {1, 2}) {
            try (TaskExecutor ex = TaskExecutor.withThreads(threads)) {
                AtomicBoolean cancel = new AtomicBoolean();
                TaskExecutor view = ex.cancellable(cancel::get);
                assertFalse(view.isCancelled());
                AtomicInteger chunks = new AtomicInteger();
                // the first chunk to run cancels: no chunk starts afterwards (with one thread the
                // chunks run in order, so exactly one runs; with two, the other thread's first one
                // may already have started)
                assertThrows(CancelledException.class, () -> view.forRange(1000, (from, to) -> {
                    chunks.incrementAndGet();
                    cancel.set(true);
                }));
                assertTrue(chunks.get() >= 1 && chunks.get() <= threads, threads + " threads: " + chunks.get());
                assertTrue(view.isCancelled());
                assertThrows(CancelledException.class, view::checkCancelled);
                // the executor itself is not cancelled and still works after its view was closed
                view.close();
                assertFalse(ex.isCancelled());
                int[] sum = new int[1];
                ex.forRange(10, (from, to) -> {
                    synchronized (sum) {
                        sum[0] += to - from;
                    }
                });
                assertEquals(10, sum[0]);
            }
        }
    }
}

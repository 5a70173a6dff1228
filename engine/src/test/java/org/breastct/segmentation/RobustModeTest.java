package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.Progress;
import org.breastct.volume.ShortVolume;
import org.junit.jupiter.api.Test;

/** The method setting: published by default, robust runs R1-R3 and says so. */
class RobustModeTest {

    private static final SegmentationSettings SMALL = SegmentationSettings.DEFAULTS.withSkin(s -> s.withNipple(3, 2));

    /** Box breast with a 6-voxel skin shell and a dense slab on the first slices (as BreastSegmenterTest). */
    private static ShortVolume box() {
        Vol v = new Vol(12, 80, 80, -1024).box(0, 12, 15, 65, 15, 65, 0).box(0, 12, 21, 59, 21, 59, -255);
        v.box(0, 3, 24, 56, 24, 40, 40);
        v.box(5, 8, 36, 44, 36, 44, -20);
        return v.volume("box");
    }

    @Test
    void publishedIsTheDefaultAndMethodsParse() {
        assertEquals(SegmentationMethod.PUBLISHED, SegmentationSettings.DEFAULTS.method());
        assertEquals(SegmentationMethod.ROBUST, SegmentationMethod.parse("Robust"));
        assertEquals("published", SegmentationMethod.PUBLISHED.id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SegmentationMethod.parse("fast"));
        assertTrue(e.getMessage().contains("published or robust"), e.getMessage());
        assertThrows(NullPointerException.class, () -> SegmentationSettings.DEFAULTS.withMethod(null));
    }

    @Test
    void robustRunsItsStagesAndGivesTheSameLabelsForAnyThreadCount() {
        SegmentationSettings robust = SMALL.withMethod(SegmentationMethod.ROBUST);
        SegmentationResult r = new BreastSegmenter(robust, TaskExecutor.sequential()).segment(box(), Progress.NONE);
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("robust skin (R1)")), r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("robust muscle (R2)")), r.notes().toString());
        assertTrue(r.muscleFound());
        try (TaskExecutor ex = TaskExecutor.withThreads(3)) {
            assertArrayEquals(r.labels().data(),
                    new BreastSegmenter(robust, ex).segment(box(), Progress.NONE).labels().data());
        }
        SegmentationResult p = new BreastSegmenter(SMALL, TaskExecutor.sequential()).segment(box(), Progress.NONE);
        assertTrue(p.notes().stream().noneMatch(n -> n.startsWith("robust")), p.notes().toString());
    }

    @Test
    void robustModeCanBeCancelledAtAnyReport() {
        SegmentationSettings robust = SMALL.withMethod(SegmentationMethod.ROBUST);
        java.util.concurrent.atomic.AtomicInteger reports = new java.util.concurrent.atomic.AtomicInteger();
        Progress counting = new Progress() {
            @Override
            public void report(double fraction, String message) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        new BreastSegmenter(robust, TaskExecutor.sequential()).segment(box(), counting);
        int total = reports.get();
        for (int n = 1; n < total; n += 2) {
            int limit = n;
            java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
            Progress cancelAfter = new Progress() {
                @Override
                public void report(double fraction, String message) {
                    seen.incrementAndGet();
                }

                @Override
                public boolean isCancelled() {
                    return seen.get() >= limit;
                }
            };
            org.junit.jupiter.api.Assertions.assertThrows(org.breastct.progress.CancelledException.class,
                    () -> new BreastSegmenter(robust, TaskExecutor.sequential()).segment(box(), cancelAfter),
                    "after " + n + " of " + total + " reports");
        }
    }
}

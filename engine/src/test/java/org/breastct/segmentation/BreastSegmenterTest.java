package org.breastct.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.breastct.parallel.TaskExecutor;
import org.breastct.progress.CancelledException;
import org.breastct.progress.Progress;
import org.breastct.volume.ShortVolume;
import org.junit.jupiter.api.Test;

class BreastSegmenterTest {

    /** A 12-slice box breast with a 6-voxel skin shell (see SkinStageTest) and a dense blob in the fat. */
    private static ShortVolume box(String id) {
        Vol v = new Vol(12, 80, 80, -1024).box(0, 12, 15, 65, 15, 65, 0).box(0, 12, 21, 59, 21, 59, -255);
        v.box(4, 8, 36, 44, 36, 44, -20);
        return v.volume(id);
    }

    private static final SegmentationSettings SMALL = SegmentationSettings.DEFAULTS.withSkin(s -> s.withNipple(3, 2));

    /** A progress that reports to a list and is cancelled once it got {@code n} reports. */
    private static final class CancelAfter implements Progress {
        final int n;
        final AtomicInteger reports = new AtomicInteger();
        final List<Double> fractions = new ArrayList<>();

        CancelAfter(int n) {
            this.n = n;
        }

        @Override
        public synchronized void report(double fraction, String message) {
            reports.incrementAndGet();
            fractions.add(fraction);
        }

        @Override
        public boolean isCancelled() {
            return reports.get() >= n;
        }
    }

    @Test
    void boxBreastEndToEnd() {
        ShortVolume img = box("box1");
        CancelAfter never = new CancelAfter(Integer.MAX_VALUE);
        SegmentationResult r = new BreastSegmenter(SMALL, TaskExecutor.sequential()).segment(img, never);
        assertEquals("box1", r.labels().id());
        assertEquals(img.dims(), r.labels().dims());
        assertSame(img.spacing(), r.labels().spacing());
        assertFalse(r.foldFound());
        assertNull(r.fold());
        assertFalse(r.ribFound());
        assertFalse(r.implantFound());
        // The 6-voxel shell is skin (SkinStageTest), the 8 x 8 x 4 blob at -20 HU is glands:
        // fat mean = (-255 * (38*38*12 - 256) - 20 * 256) / (38*38*12) ~ -251.5, G0 ~ 0.016 < 256 / 17328.
        byte[] l = r.labels().data();
        assertEquals(12L * (50 * 50 - 38 * 38), Vol.count(l, 3));
        assertEquals(256, Vol.count(l, 2));
        assertEquals(12L * 38 * 38 - 256, Vol.count(l, 1));
        assertEquals(img.dims().size() - 12L * 50 * 50, Vol.count(l, 0));
        // no muscle: no voxel of slice 0 above -5 HU after smoothing except the skin, whose LCC touches skin
        assertFalse(r.muscleFound());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("no muscle")), r.notes().toString());
        // progress: monotone, ends at 1
        for (int i = 1; i < never.fractions.size(); i++) {
            assertTrue(never.fractions.get(i) >= never.fractions.get(i - 1), never.fractions.toString());
        }
        assertEquals(1.0, never.fractions.get(never.fractions.size() - 1));
        StageTimes t = r.times();
        assertTrue(t.total() >= t.skin() + t.fold() + t.muscle() + t.rib() + t.silicone() + t.glands() - 1e-3);
    }

    @Test
    void sameLabelsWithOneAndThreeThreads() {
        ShortVolume img = box("box2");
        byte[] a = new BreastSegmenter(SMALL, TaskExecutor.sequential()).segment(img, Progress.NONE).labels().data();
        try (TaskExecutor ex = TaskExecutor.withThreads(3)) {
            assertArrayEquals(a, new BreastSegmenter(SMALL, ex).segment(img, Progress.NONE).labels().data());
        }
    }

    @Test
    void cancellationAtAnyPointThrowsAndReturnsNothing() {
        CancelAfter count = new CancelAfter(Integer.MAX_VALUE);
        new BreastSegmenter(SMALL, TaskExecutor.sequential()).segment(box("c"), count);
        int total = count.reports.get();
        assertTrue(total > 10, "reports: " + total);
        for (int n = 1; n < total; n += 3) {
            CancelAfter p = new CancelAfter(n);
            assertThrows(CancelledException.class,
                    () -> new BreastSegmenter(SMALL, TaskExecutor.sequential()).segment(box("c"), p), "after " + n);
        }
    }

    @Test
    void cancellationInsideThePrimitivesOnWorkerThreadsThrowsCancelledException() {
        // the primitives ask the progress too (through the segmenter's cancellable executor, also on
        // its worker threads): cancelled at the k-th question, wherever that falls, the segmenter
        // throws CancelledException itself, never a wrapped one and never a result
        AtomicInteger questions = new AtomicInteger();
        Progress counting = new Progress() {
            @Override
            public void report(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                questions.incrementAndGet();
                return false;
            }
        };
        CancelAfter reportsOnly = new CancelAfter(Integer.MAX_VALUE);
        try (TaskExecutor ex = TaskExecutor.withThreads(3)) {
            BreastSegmenter segmenter = new BreastSegmenter(SMALL, ex);
            segmenter.segment(box("q"), counting);
            segmenter.segment(box("q"), reportsOnly);
            int total = questions.get();
            assertTrue(total > 3 * reportsOnly.reports.get(), "questions " + total + ", reports "
                    + reportsOnly.reports.get() + ": the primitives should ask far more often than stages report");
            for (int k = 1; k < total; k += Math.max(1, total / 40)) {
                int at = k;
                AtomicInteger asked = new AtomicInteger();
                Progress cancelAt = new Progress() {
                    @Override
                    public void report(double fraction, String message) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return asked.incrementAndGet() >= at;
                    }
                };
                assertThrows(CancelledException.class, () -> segmenter.segment(box("q"), cancelAt), "at " + k);
            }
        }
    }

    @Test
    void foldVolumeIsCroppedAndOptionallyWrittenAsLabel6() {
        // SkinFoldStageTest's two blobs: the second (rows 5..44, columns 70..99) on slices 0..3 is fold on
        // slices 0..1 (lenfold = 2).
        ShortVolume img = new Vol(10, 50, 100, -1024).box(0, 10, 2, 48, 2, 62, -255).box(0, 4, 5, 45, 70, 100, -255)
                .volume("fold");
        SegmentationResult plain = new BreastSegmenter(SMALL, TaskExecutor.sequential()).segment(img, Progress.NONE);
        assertTrue(plain.foldFound());
        assertEquals(new org.breastct.volume.Dims(2, 50, 100), plain.fold().dims());
        assertEquals("fold", plain.fold().id());
        assertEquals(0, Vol.count(plain.labels().data(), LabelCode.SKIN_FOLD), "the scripts never write 6");
        SegmentationResult six = new BreastSegmenter(SMALL.withWriteFoldLabel(true),
                TaskExecutor.sequential()).segment(img, Progress.NONE);
        byte[] a = plain.labels().data();
        byte[] b = six.labels().data();
        boolean[] fold = plain.fold().data();
        for (int i = 0; i < a.length; i++) {
            boolean inFold = i < fold.length && fold[i];
            int want = inFold && (a[i] == 1 || a[i] == 2 || a[i] == 3) ? LabelCode.SKIN_FOLD : a[i];
            assertEquals(want, b[i], "voxel " + i);
        }
        assertEquals(2L * 40 * 30, Vol.count(b, LabelCode.SKIN_FOLD));
    }

    @Test
    void noTissueIsASegmentationExceptionNamingTheBreast() {
        ShortVolume air = new Vol(5, 20, 20, -1024).volume("empty_breast_42");
        SegmentationException e = assertThrows(SegmentationException.class,
                () -> new BreastSegmenter(SegmentationSettings.DEFAULTS, TaskExecutor.sequential()).segment(air,
                        Progress.NONE));
        assertTrue(e.getMessage().contains("empty_breast_42"), e.getMessage());
    }

    @Test
    void tinyAndNonSquareVolumesWithTheDefaultSizesDoNotFail() {
        // Fewer slices than the erosion cube, the tip search and the fold search; 2:1 slices; a 1-slice volume.
        BreastSegmenter s = new BreastSegmenter(SegmentationSettings.DEFAULTS, TaskExecutor.sequential());
        ShortVolume[] volumes = {
            new Vol(3, 30, 60, -1024).box(0, 3, 5, 25, 5, 55, -255).box(0, 2, 10, 20, 10, 50, 40).volume("v3"),
            new Vol(1, 20, 20, -1024).box(0, 1, 2, 18, 2, 18, -255).volume("v1"),
            new Vol(25, 40, 20, -1024).box(0, 25, 2, 38, 2, 18, -255).box(0, 5, 4, 10, 4, 16, 300).volume("v25")};
        for (ShortVolume v : volumes) {
            SegmentationResult r = s.segment(v, Progress.NONE);
            assertEquals(v.dims(), r.labels().dims(), v.id());
            for (byte b : r.labels().data()) {
                assertTrue(b >= 0 && b <= 7 && b != 6, v.id() + ": label " + b);
            }
        }
    }
}

package org.breastct.knime.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.breastct.knime.data.VolumeMetadata;
import org.breastct.knime.data.Volumes;
import org.breastct.progress.Progress;
import org.breastct.render.ImageRenderer;
import org.breastct.render.LabelPalette;
import org.breastct.render.Plane;
import org.breastct.render.Planes;
import org.breastct.render.PngFiles;
import org.breastct.segmentation.LabelCode;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;

/**
 * The data service of the volume view: renders the slice the page asks for on the Java side (PNG,
 * base64), reads the voxel under the cursor and counts the label volumes, so a volume never goes to
 * the browser whole. Its public methods are the JSON-RPC methods of the page (KNIME's
 * {@code RpcDataService} calls them by name with positional parameters); {@link #initialData()} is
 * the initial data. Plain Java, no KNIME classes.
 *
 * <p><b>Loading.</b> One breast is held in memory at a time. After the first answer for a row, its
 * image and labels are read on a background thread; until they are in memory, coronal slices and the
 * voxel readout of a coronal slice come straight from the files ({@link VolumeSource#readCoronalSlice},
 * O(slice)), so the first image of a 400 x 640 x 640 breast does not wait for 490 MB to be read.
 * Sagittal and transversal planes and the label volumes wait for the whole volumes.
 *
 * <p><b>Rendering.</b> Grey: {@link ImageRenderer#grey} in the window [low, high]. With labels and
 * opacity above 0: {@link ImageRenderer#overlay} (the Okabe-Ito colours of {@link LabelPalette}
 * blended with the given opacity; air and hidden labels not coloured). One pixel per voxel; the
 * page scales by the voxel spacing.
 */
public final class VolumeViewService {

    /** The window presets: the method's rendering window first. */
    public static final List<ViewData.WindowPreset> PRESETS = List.of(
        new ViewData.WindowPreset("Method [-1024, 200] HU", -1024, 200),
        new ViewData.WindowPreset("Soft tissue (W 400, L 40)", -160, 240),
        new ViewData.WindowPreset("Bone (W 2000, L 500)", -500, 1500));

    /** Label overlay opacity the page starts with. */
    public static final double DEFAULT_OPACITY = 0.5;

    private final List<ViewRow> rows;

    /** One loader thread at most, ended after 30 s without work. */
    private final ThreadPoolExecutor loader = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "breast-ct volume view loader");
            t.setDaemon(true);
            return t;
        });

    /** The breast in memory (or being read); guarded by this. */
    private Loaded current;

    /** The last coronal slice read from the files before the volumes were in memory; guarded by this. */
    private SlicePair lastSlice;

    public VolumeViewService(final List<ViewRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Rows, presets, legend and default opacity. */
    public ViewData.Initial initialData() {
        List<ViewData.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ViewRow r = rows.get(i);
            VolumeMetadata m = r.image().metadata();
            Dims d = m.dims();
            Spacing s = m.spacing();
            out.add(new ViewData.Row(i, r.key(), m.id(), new int[] {d.nz(), d.ny(), d.nx()},
                new double[] {s.z(), s.y(), s.x()}, r.labels() != null, m.describe()));
        }
        List<ViewData.LegendEntry> legend = new ArrayList<>();
        for (int code : LabelPalette.LEGEND_CODES) {
            legend.add(new ViewData.LegendEntry(code, LabelCode.name(code), colour(code)));
        }
        return new ViewData.Initial(out, PRESETS, legend, DEFAULT_OPACITY);
    }

    /**
     * Renders one slice.
     *
     * @param row index of the row
     * @param plane coronal, sagittal or transversal
     * @param index slice of that plane (0-based)
     * @param low HU shown black
     * @param high HU shown white (above low)
     * @param opacity label overlay opacity in [0, 1]; 0 (or a row without labels) gives the grey image
     * @param hiddenLabels label codes not to colour (may be null)
     * @throws IllegalArgumentException naming the row and the value if an argument is invalid
     */
    public ViewData.Slice slice(final int row, final String plane, final int index, final int low, final int high,
            final double opacity, final int[] hiddenLabels) {
        ViewRow r = row(row);
        Plane p = ViewPlane.parse(plane);
        Dims d = r.image().metadata().dims();
        checkIndex(r, p, index, d);
        if (low >= high) {
            throw new IllegalArgumentException("window [" + low + ", " + high + "]: low must be below high");
        }
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("overlay opacity must be in [0, 1], got " + opacity);
        }
        boolean withLabels = r.labels() != null && opacity > 0;
        SlicePair planes = planes(row, p, index, withLabels);
        java.awt.image.BufferedImage img;
        if (withLabels) {
            byte[] lab = planes.labels().data();
            if (hiddenLabels != null && hiddenLabels.length > 0) {
                boolean[] hide = new boolean[256];
                for (int c : hiddenLabels) {
                    if (c >= 0 && c < 256) {
                        hide[c] = true;
                    }
                }
                for (int i = 0; i < lab.length; i++) {
                    if (hide[lab[i] & 0xFF]) {
                        lab[i] = 0;
                    }
                }
            }
            img = ImageRenderer.overlay(planes.image(), planes.labels(), low, high, opacity, 1);
        } else {
            img = ImageRenderer.grey(planes.image(), low, high, 1);
        }
        Spacing s = r.image().metadata().spacing();
        loading(row); // after the first image, so reading the whole volumes does not delay it
        return new ViewData.Slice(Base64.getEncoder().encodeToString(PngFiles.toBytes(img)), name(p), index,
            ViewPlane.count(p, d), ViewPlane.width(p, d), ViewPlane.height(p, d), ViewPlane.columnMm(p, s),
            ViewPlane.lineMm(p, s));
    }

    /**
     * The voxel at column {@code u}, line {@code v} of slice {@code index} of a plane.
     *
     * @throws IllegalArgumentException naming the row if the point is outside the plane
     */
    public ViewData.Voxel voxel(final int row, final String plane, final int index, final int u, final int v) {
        ViewRow r = row(row);
        Plane p = ViewPlane.parse(plane);
        Dims d = r.image().metadata().dims();
        checkIndex(r, p, index, d);
        if (u < 0 || u >= ViewPlane.width(p, d) || v < 0 || v >= ViewPlane.height(p, d)) {
            throw new IllegalArgumentException("row '" + r.key() + "': point (" + u + ", " + v + ") is outside the "
                + name(p) + " plane of " + ViewPlane.width(p, d) + " x " + ViewPlane.height(p, d));
        }
        int[] zyx = ViewPlane.voxel(p, index, u, v);
        Full full = loadedNow(row);
        int hu;
        int label = -1;
        if (full != null) {
            int i = d.index(zyx[0], zyx[1], zyx[2]);
            hu = full.image().data()[i];
            if (full.labels() != null) {
                label = full.labels().data()[i] & 0xFF;
            }
        } else {
            SlicePair s = planes(row, Plane.CORONAL, zyx[0], r.labels() != null);
            int i = zyx[1] * d.nx() + zyx[2];
            hu = s.image().data()[i];
            if (s.labels() != null) {
                label = s.labels().data()[i] & 0xFF;
            }
        }
        loading(row);
        return new ViewData.Voxel(zyx[0], zyx[1], zyx[2], hu, label, label < 0 ? "" : LabelCode.name(label));
    }

    /**
     * The label volumes of a breast: one entry per code present, ascending, with the voxel count and
     * millilitres (count x voxel volume of the label volume's spacing). Empty if the row has no
     * labels. Reads the whole label volume (once per row in memory).
     */
    public List<ViewData.LabelVolume> labelVolumes(final int row) {
        ViewRow r = row(row);
        if (r.labels() == null) {
            return List.of();
        }
        Full full = full(row);
        long[] counts = new long[256];
        for (byte b : full.labels().data()) {
            counts[b & 0xFF]++;
        }
        double ml = full.labels().spacing().voxelMillilitres();
        List<ViewData.LabelVolume> out = new ArrayList<>();
        for (int c = 0; c < 256; c++) {
            if (counts[c] > 0) {
                out.add(new ViewData.LabelVolume(c, LabelCode.name(c), colour(c), counts[c], counts[c] * ml));
            }
        }
        return out;
    }

    /** Drops the breast in memory (the view was closed); the next request reads it again. */
    public synchronized void release() {
        if (current != null) {
            current.future().cancel(true);
        }
        current = null;
        lastSlice = null;
    }

    // ---------------------------------------------------------------------------------------------

    private record Full(ShortVolume image, ByteVolume labels) {
    }

    private record Loaded(int row, CompletableFuture<Full> future) {
    }

    private record SlicePair(int row, int z, ShortVolume image, ByteVolume labels) {
    }

    private ViewRow row(final int row) {
        if (row < 0 || row >= rows.size()) {
            throw new IllegalArgumentException("row " + row + " does not exist (the table has " + rows.size()
                + " rows)");
        }
        return rows.get(row);
    }

    private static void checkIndex(final ViewRow r, final Plane p, final int index, final Dims d) {
        int n = ViewPlane.count(p, d);
        if (index < 0 || index >= n) {
            throw new IllegalArgumentException("row '" + r.key() + "': " + name(p) + " slice " + index
                + " is outside 0.." + (n - 1));
        }
    }

    /** Starts (or keeps) reading the whole volumes of {@code row}; the loading of another row is cancelled. */
    private synchronized Loaded loading(final int row) {
        if (current == null || current.row() != row) {
            if (current != null) {
                current.future().cancel(true);
            }
            ViewRow r = rows.get(row);
            current = new Loaded(row, CompletableFuture.supplyAsync(() -> readFull(r), loader));
        }
        return current;
    }

    /** The whole volumes if already in memory, else null. */
    private synchronized Full loadedNow(final int row) {
        if (current == null || current.row() != row) {
            return null;
        }
        CompletableFuture<Full> f = current.future();
        return f.isDone() && !f.isCompletedExceptionally() && !f.isCancelled() ? f.join() : null;
    }

    /** The whole volumes, waiting for them. */
    private Full full(final int row) {
        try {
            return loading(row).future().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading row " + row);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(c.getMessage(), c);
        }
    }

    private static Full readFull(final ViewRow r) {
        try {
            ShortVolume image = Volumes.asImage(r.image().read(Progress.NONE), "row '" + r.key() + "': image");
            ByteVolume labels = null;
            if (r.labels() != null) {
                labels = Volumes.asLabels(r.labels().read(Progress.NONE), "row '" + r.key() + "': label volume");
                if (!labels.dims().equals(image.dims())) {
                    throw new IllegalArgumentException("row '" + r.key() + "': label volume " + labels.dims()
                        + " and image " + image.dims() + " differ in shape");
                }
            }
            return new Full(image, labels);
        } catch (IOException e) {
            throw new UncheckedIOException("row '" + r.key() + "': " + e.getMessage(), e);
        }
    }

    /** Image and (if wanted) label plane of a slice, fresh arrays the caller may change. */
    private SlicePair planes(final int row, final Plane p, final int index, final boolean withLabels) {
        Full full = p == Plane.CORONAL ? loadedNow(row) : full(row);
        if (full != null) {
            ByteVolume lab = withLabels && full.labels() != null ? plane(full.labels(), p, index) : null;
            return new SlicePair(row, index, plane(full.image(), p, index), lab);
        }
        ViewRow r = rows.get(row);
        SlicePair cached;
        synchronized (this) {
            cached = lastSlice;
        }
        if (cached == null || cached.row() != row || cached.z() != index || withLabels && cached.labels() == null) {
            try {
                ShortVolume image = Volumes.asImage(r.image().readCoronalSlice(index), "row '" + r.key() + "': image");
                ByteVolume labels = null;
                if (withLabels && r.labels() != null) {
                    labels = Volumes.asLabels(r.labels().readCoronalSlice(index),
                        "row '" + r.key() + "': label volume");
                    if (!labels.dims().equals(image.dims())) {
                        throw new IllegalArgumentException("row '" + r.key() + "': label slice " + labels.dims()
                            + " and image slice " + image.dims() + " differ in shape");
                    }
                }
                cached = new SlicePair(row, index, image, labels);
            } catch (IOException e) {
                throw new UncheckedIOException("row '" + r.key() + "': " + e.getMessage(), e);
            }
            synchronized (this) {
                lastSlice = cached;
            }
        }
        return new SlicePair(row, index, copy(cached.image()),
            withLabels && cached.labels() != null ? copy(cached.labels()) : null);
    }

    private static ShortVolume plane(final ShortVolume v, final Plane p, final int index) {
        return switch (p) {
            case CORONAL -> Planes.coronal(v, index);
            case SAGITTAL -> Planes.sagittal(v, index);
            case TRANSVERSAL -> Planes.transversal(v, index);
        };
    }

    private static ByteVolume plane(final ByteVolume v, final Plane p, final int index) {
        return switch (p) {
            case CORONAL -> Planes.coronal(v, index);
            case SAGITTAL -> Planes.sagittal(v, index);
            case TRANSVERSAL -> Planes.transversal(v, index);
        };
    }

    private static ShortVolume copy(final ShortVolume v) {
        return new ShortVolume(v.id(), v.dims(), v.spacing(), v.data().clone());
    }

    private static ByteVolume copy(final ByteVolume v) {
        return new ByteVolume(v.id(), v.dims(), v.spacing(), v.data().clone());
    }

    private static String name(final Plane p) {
        return p.name().toLowerCase(Locale.ROOT);
    }

    private static String colour(final int code) {
        return String.format(Locale.ROOT, "#%06X", LabelPalette.rgb(code));
    }
}

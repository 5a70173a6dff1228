package org.breastct.knime.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.breastct.render.GreyMapping;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;

/**
 * The volume view's data service on a hand-made breast: 3 slices x 4 rows x 5 columns, voxel
 * (z, y, x) = 100 z + 10 y + x - 150 HU, labels: 2 (glands) where x == 1, 1 (fat) where x == 3,
 * else 0; spacing z 2 mm, y 0.5 mm, x 0.25 mm.
 */
class VolumeViewServiceTest {

    static final Dims D = new Dims(3, 4, 5);
    static final Spacing SP = new Spacing(2, 0.5, 0.25);

    static int hu(final int z, final int y, final int x) {
        return 100 * z + 10 * y + x - 150;
    }

    static int label(final int x) {
        return x == 1 ? 2 : x == 3 ? 1 : 0;
    }

    static ShortVolume image() {
        short[] a = new short[D.size()];
        for (int z = 0; z < D.nz(); z++) {
            for (int y = 0; y < D.ny(); y++) {
                for (int x = 0; x < D.nx(); x++) {
                    a[D.index(z, y, x)] = (short) hu(z, y, x);
                }
            }
        }
        return new ShortVolume("B7", D, SP, a);
    }

    static ByteVolume labels() {
        byte[] a = new byte[D.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) label(i % D.nx());
        }
        return new ByteVolume("B7", D, SP, a);
    }

    static BufferedImage png(final ViewData.Slice s) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(s.png())));
    }

    /**
     * 0xRRGGBB of a pixel; grey PNGs are read from the raster (getRGB of a grey image would apply
     * Java's linear-grey to sRGB conversion, which browsers do not).
     */
    static int rgb(final BufferedImage img, final int x, final int y) {
        if (img.getRaster().getNumBands() == 1) {
            int g = img.getRaster().getSample(x, y, 0);
            return g << 16 | g << 8 | g;
        }
        return img.getRGB(x, y) & 0xFFFFFF;
    }

    static int grey(final int v) {
        int g = GreyMapping.grey(v, -200, 200);
        return g << 16 | g << 8 | g;
    }

    private final MemorySource imageSource = new MemorySource(image());
    private final MemorySource labelSource = new MemorySource(labels());
    private final VolumeViewService service = new VolumeViewService(List.of(
        new ViewRow("Row0", imageSource, labelSource), new ViewRow("Row1", new MemorySource(image()), null)));

    @Test
    void initialDataListsRowsPresetsAndTheOkabeItoLegend() {
        ViewData.Initial init = service.initialData();
        assertEquals(2, init.rows().size());
        ViewData.Row r = init.rows().get(0);
        assertEquals("Row0", r.key());
        assertEquals("B7", r.id());
        assertEquals(List.of(3, 4, 5), List.of(r.shape()[0], r.shape()[1], r.shape()[2]));
        assertEquals(0.25, r.spacing()[2]);
        assertTrue(r.hasLabels());
        assertFalse(init.rows().get(1).hasLabels());
        assertEquals(-1024, init.presets().get(0).low());
        assertEquals(200, init.presets().get(0).high());
        ViewData.LegendEntry glands = init.legend().stream().filter(e -> e.code() == 2).findFirst().orElseThrow();
        assertEquals("glands", glands.name());
        assertEquals("#0072B2", glands.colour());
        assertEquals("#F0E442", init.legend().get(1).colour());
    }

    @Test
    void coronalSliceIsTheWindowedImageOfThatSlice() throws IOException {
        ViewData.Slice s = service.slice(1, "coronal", 2, -200, 200, 0.5, null);
        assertEquals(5, s.width());
        assertEquals(4, s.height());
        assertEquals(3, s.count());
        assertEquals(0.25, s.columnMm());
        assertEquals(0.5, s.lineMm());
        BufferedImage img = png(s);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 5; x++) {
                assertEquals(grey(hu(2, y, x)), rgb(img, x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void sagittalAndTransversalPlanesAreOrientedAsPlanes() throws IOException {
        ViewData.Slice sag = service.slice(1, "sagittal", 4, -200, 200, 0, null);
        assertEquals(4, sag.width()); // columns = y
        assertEquals(3, sag.height()); // lines = z
        assertEquals(5, sag.count());
        assertEquals(2.0, sag.lineMm());
        BufferedImage img = png(sag);
        assertEquals(grey(hu(2, 3, 4)), rgb(img, 3, 2));
        assertEquals(grey(hu(0, 1, 4)), rgb(img, 1, 0));

        ViewData.Slice tr = service.slice(1, "Transversal", 1, -200, 200, 0, null);
        assertEquals(5, tr.width()); // columns = x
        assertEquals(3, tr.height()); // lines = z
        assertEquals(4, tr.count());
        BufferedImage t = png(tr);
        assertEquals(grey(hu(2, 1, 3)), rgb(t, 3, 2));
    }

    @Test
    void overlayColoursLabelsButNotAirNorHiddenLabels() throws IOException {
        BufferedImage full = png(service.slice(0, "coronal", 1, -200, 200, 1.0, null));
        assertEquals(0x0072B2, rgb(full, 1, 0), "glands at opacity 1 is the palette colour");
        assertEquals(0xF0E442, rgb(full, 3, 2), "fat");
        assertEquals(grey(hu(1, 0, 0)), rgb(full, 0, 0), "air stays grey");

        BufferedImage hidden = png(service.slice(0, "coronal", 1, -200, 200, 1.0, new int[] {2}));
        assertEquals(grey(hu(1, 0, 1)), rgb(hidden, 1, 0), "hidden glands stay grey");
        assertEquals(0xF0E442, rgb(hidden, 3, 2));

        BufferedImage off = png(service.slice(0, "coronal", 1, -200, 200, 0, null));
        assertEquals(grey(hu(1, 0, 1)), rgb(off, 1, 0), "opacity 0 = no overlay");

        // half opacity: round(0.5 grey + 0.5 colour) per channel
        BufferedImage half = png(service.slice(0, "coronal", 1, -200, 200, 0.5, null));
        int g = GreyMapping.grey(hu(1, 0, 1), -200, 200);
        int expected = (int) Math.round(0.5 * g + 0.5 * 0x00) << 16 | (int) Math.round(0.5 * g + 0.5 * 0x72) << 8
            | (int) Math.round(0.5 * g + 0.5 * 0xB2);
        assertEquals(expected, rgb(half, 1, 0));
    }

    @Test
    void voxelUnderTheCursorInEachPlane() {
        ViewData.Voxel c = service.voxel(0, "coronal", 2, 1, 3);
        assertEquals(List.of(2, 3, 1), List.of(c.z(), c.y(), c.x()));
        assertEquals(hu(2, 3, 1), c.hu());
        assertEquals(2, c.label());
        assertEquals("glands", c.labelName());
        ViewData.Voxel s = service.voxel(0, "sagittal", 3, 2, 1); // x = 3, u = y = 2, v = z = 1
        assertEquals(List.of(1, 2, 3), List.of(s.z(), s.y(), s.x()));
        assertEquals(hu(1, 2, 3), s.hu());
        assertEquals("fat", s.labelName());
        ViewData.Voxel t = service.voxel(0, "transversal", 0, 4, 2); // y = 0, u = x = 4, v = z = 2
        assertEquals(hu(2, 0, 4), t.hu());
        assertEquals(0, t.label());
        ViewData.Voxel noLabels = service.voxel(1, "coronal", 0, 0, 0);
        assertEquals(-1, noLabels.label());
        assertEquals("", noLabels.labelName());
    }

    @Test
    void labelVolumesInMillilitres() {
        List<ViewData.LabelVolume> v = service.labelVolumes(0);
        assertEquals(3, v.size());
        // per slice 4 rows: x == 1 glands (12 voxels), x == 3 fat (12), the rest air (36)
        double voxelMl = 2 * 0.5 * 0.25 / 1000;
        assertEquals(0, v.get(0).code());
        assertEquals(36, v.get(0).voxels());
        assertEquals("fat", v.get(1).name());
        assertEquals(12, v.get(1).voxels());
        assertEquals(12 * voxelMl, v.get(2).millilitres(), 1e-12);
        assertEquals("#0072B2", v.get(2).colour());
        assertEquals(List.of(), service.labelVolumes(1));
    }

    @Test
    void coronalSlicesAndTheirReadoutDoNotWaitForTheWholeVolume() throws Exception {
        MemorySource img = new MemorySource(image(), true);
        MemorySource lab = new MemorySource(labels(), true);
        VolumeViewService held = new VolumeViewService(List.of(new ViewRow("R", img, lab)));
        try {
            ViewData.Slice s = held.slice(0, "coronal", 1, -200, 200, 1.0, null);
            assertEquals(0x0072B2, png(s).getRGB(1, 0) & 0xFFFFFF);
            assertEquals(hu(1, 2, 3), held.voxel(0, "coronal", 1, 3, 2).hu());
            assertEquals(0, img.wholeReads.get());
            CompletableFuture<ViewData.Slice> sag = CompletableFuture.supplyAsync(
                () -> held.slice(0, "sagittal", 0, -200, 200, 0, null));
            Thread.sleep(200);
            assertFalse(sag.isDone(), "a sagittal plane needs the whole volume");
            img.release();
            lab.release();
            assertEquals(4, sag.get(10, TimeUnit.SECONDS).width());
            assertEquals(1, img.wholeReads.get());
        } finally {
            img.release();
            lab.release();
        }
    }

    @Test
    void invalidArgumentsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> service.slice(5, "coronal", 0, 0, 1, 0, null))
            .getMessage().contains("row 5"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> service.slice(0, "axial", 0, 0, 1, 0, null))
            .getMessage().contains("'axial'"));
        String m = assertThrows(IllegalArgumentException.class, () -> service.slice(0, "coronal", 3, 0, 1, 0, null))
            .getMessage();
        assertTrue(m.contains("'Row0'") && m.contains("slice 3") && m.contains("0..2"), m);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> service.slice(0, "coronal", 0, 5, 5, 0, null))
            .getMessage().contains("[5, 5]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> service.slice(0, "coronal", 0, 0, 1, 1.5, null))
            .getMessage().contains("1.5"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> service.voxel(0, "coronal", 0, 5, 0))
            .getMessage().contains("(5, 0)"));
    }
}

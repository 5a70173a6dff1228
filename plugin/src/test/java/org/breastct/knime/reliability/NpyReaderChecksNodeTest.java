package org.breastct.knime.reliability;

import static org.breastct.knime.runtime.kit.KitParameters.defaults;
import static org.breastct.knime.runtime.kit.KitParameters.set;
import static org.breastct.knime.runtime.kit.KitTables.cell;
import static org.breastct.knime.runtime.kit.KitTables.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.breastct.io.npy.NpyWriter;
import org.breastct.knime.data.VolumeValue;
import org.breastct.knime.node.npyreader.NpyReaderNodeFactory;
import org.breastct.knime.node.npyreader.NpyReaderParameters;
import org.breastct.knime.node.npyreader.NpyReaderParameters.VoxelTypeChoice;
import org.breastct.knime.node.segmenter.SegmenterNodeFactory;
import org.breastct.knime.node.segmenter.SegmenterParameters;
import org.breastct.knime.runtime.kit.KitNode;
import org.breastct.knime.runtime.kit.KitWorkflow;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.Volume;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * The NPY Reader node (configure + execute on the in-memory KNIME runtime) on {@code .npy} files that
 * are not what they claim: images that are not in Hounsfield units (bool, unsigned stored values,
 * implausible values) and label volumes with unknown codes or bool. Each is refused with an error
 * naming the file and the cause (and the setting that converts or accepts it), as the CLI refuses it;
 * with that setting, it is read. The Breast Segmenter refuses what the reader let through with its
 * check switched off.
 */
class NpyReaderChecksNodeTest {

    @TempDir
    Path tmp;

    private KitWorkflow wf;

    private Path npy;

    private int runs;

    /** A new execution context (file store names are unique per execution, as in KNIME). */
    private ExecutionContext exec() {
        return new ExecutionContext(tmp.resolve("filestores-" + runs++));
    }

    @BeforeEach
    void workspace() throws Exception {
        wf = KitWorkflow.create(tmp.resolve("workspace"));
        npy = java.nio.file.Files.createDirectories(wf.localFolder().resolve("npy"));
    }

    /** Reads the one file {@code name} of the npy folder; the volume of its row. */
    private Volume read(final String name, final NpyReaderParameters p) throws Exception {
        KitNode<?> node = KitNode.create(wf, new NpyReaderNodeFactory());
        BufferedDataTable t = node.executeTable(set(p, "m_location", wf.local("npy/" + name)), exec());
        assertEquals(1, t.size());
        return ((VolumeValue)cell(t.getSpec(), rows(t).get(0), "image")).getVolume(Progress.NONE);
    }

    /** Reading {@code name} fails; returns the message, which names the file. */
    private String refused(final String name, final NpyReaderParameters p) {
        Exception e = assertThrows(Exception.class, () -> read(name, p));
        String file = npy.resolve(name).toString();
        assertTrue(e.getMessage().startsWith("File '" + file + "': "), "names the file: " + e.getMessage());
        assertEquals(e.getMessage().indexOf(file), e.getMessage().lastIndexOf(file), "names it once: " + e.getMessage());
        return e.getMessage();
    }

    /** Reads {@code name} with {@code p} and feeds it to the Breast Segmenter, which fails; returns its message. */
    private String segmenterRefuses(final String name, final NpyReaderParameters p) throws Exception {
        BufferedDataTable read = KitNode.create(wf, new NpyReaderNodeFactory())
                .executeTable(set(p, "m_location", wf.local("npy/" + name)), exec());
        KitNode<?> segmenter = KitNode.create(wf, new SegmenterNodeFactory());
        return assertThrows(Exception.class,
                () -> segmenter.executeTable(defaults(SegmenterParameters.class), exec(), read)).getMessage();
    }

    /** The fixture breast's HU values (the DICOM series' image before export). */
    private static ShortVolume hu() {
        return Fixtures.breast("b");
    }

    @Test
    void unsignedStoredValuesAreRefusedUnlessAnOffsetIsSet() throws Exception {
        short[] hu = hu().data();
        short[] stored = new short[hu.length];
        for (int i = 0; i < hu.length; i++) {
            stored[i] = (short)(hu[i] + 1024);
        }
        int[] shape = {Fixtures.SLICES, Fixtures.SIZE, Fixtures.SIZE};
        Fixtures.npy(npy.resolve("u.npy"), "<u2", shape, Fixtures.words(stored));
        String m = refused("u.npy", defaults(NpyReaderParameters.class));
        assertTrue(m.contains("holds uint16 values: stored values, not Hounsfield units")
                && m.contains("'Stored-value offset of unsigned images'"), m);

        Volume v = read("u.npy", set(defaults(NpyReaderParameters.class), "m_storedOffset", 1024));
        assertArrayEquals(hu, ((ShortVolume)v).data(), "HU = stored - 1024");
    }

    @Test
    void aBoolFileIsNoImage() throws Exception {
        boolean[] mask = new boolean[8];
        mask[3] = true;
        NpyWriter.write(npy.resolve("m.npy"), new MaskVolume("m", new Dims(2, 2, 2), Spacing.UNIT, mask));
        String m = refused("m.npy", set(defaults(NpyReaderParameters.class), "m_voxelType", VoxelTypeChoice.INT16));
        assertTrue(m.contains("holds a bool array (a mask), not an HU image"), m);

        // read as what it is (Auto: a mask), it is no image for the Segmenter either
        m = segmenterRefuses("m.npy", defaults(NpyReaderParameters.class));
        assertTrue(m.startsWith("Row 'm': ") && m.contains("is bool, expected an int16 HU"), m);
    }

    @Test
    void imagesThatDoNotLookLikeHuAreRefusedByTheReaderAndTheSegmenter() throws Exception {
        short[] hu = hu().data();
        short[] stored = new short[hu.length];
        short[] belowScale = hu.clone();
        for (int i = 0; i < hu.length; i++) {
            stored[i] = (short)(hu[i] + 1024);
        }
        belowScale[0] = -3000;
        Dims dims = new Dims(Fixtures.SLICES, Fixtures.SIZE, Fixtures.SIZE);
        NpyWriter.write(npy.resolve("s.npy"), new ShortVolume("s", dims, Spacing.UNIT, stored));
        NpyWriter.write(npy.resolve("low.npy"), new ShortVolume("low", dims, Spacing.UNIT, belowScale));
        String m = refused("s.npy", defaults(NpyReaderParameters.class));
        assertTrue(m.contains("does not look like a CT image in Hounsfield units: only 0.00 % of its voxels are below"
                + " -500 HU"), m);
        m = refused("low.npy", defaults(NpyReaderParameters.class));
        assertTrue(m.contains("1 voxels are below -2048 HU (minimum -3000), outside the CT scale"), m);

        // the check off in the reader: read as it is, and the Segmenter (its own check on) refuses it
        NpyReaderParameters off = set(defaults(NpyReaderParameters.class), "m_huCheck", false);
        assertArrayEquals(stored, ((ShortVolume)read("s.npy", off)).data());
        m = segmenterRefuses("s.npy", off);
        assertTrue(m.startsWith("Row 's': ") && m.contains("does not look like a CT image"), m);
    }

    @Test
    void labelFilesMustHoldLabelCodesAndNotBool() throws Exception {
        NpyWriter.write(npy.resolve("segmentation_x.npy"),
                new ByteVolume("x", new Dims(1, 2, 2), Spacing.UNIT, new byte[]{0, 1, 8, 2}));
        String m = refused("segmentation_x.npy", defaults(NpyReaderParameters.class));
        assertTrue(m.contains("holds 1 voxels that are not label codes 0..7 (first: 8 at [0, 1, 0])"), m);

        NpyWriter.write(npy.resolve("segmentation_b.npy"),
                new MaskVolume("b", new Dims(1, 2, 2), Spacing.UNIT, new boolean[]{true, false, true, false}));
        m = refused("segmentation_b.npy", set(defaults(NpyReaderParameters.class), "m_voxelType",
                VoxelTypeChoice.UINT8));
        assertTrue(m.contains("holds a bool array (a mask), not a label volume"), m);
    }
}

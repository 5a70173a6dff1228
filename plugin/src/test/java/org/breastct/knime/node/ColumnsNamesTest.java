package org.breastct.knime.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;

import org.breastct.analysis.GlandularityResult;
import org.breastct.knime.node.dicomreader.DicomReaderColumns;
import org.breastct.knime.node.glandularity.GlandularityColumns;
import org.breastct.knime.node.npywriter.NpyWriterSettings;
import org.breastct.knime.node.renderer.RendererSettings;
import org.breastct.knime.node.segmenter.SegmenterColumns;
import org.breastct.render.Plane;
import org.breastct.segmentation.StageTimes;
import org.breastct.volume.Spacing;
import org.breastct.volume.VoxelType;
import org.junit.jupiter.api.Test;

/** Output column names and values that do not need a running KNIME. */
class ColumnsNamesTest {

    @Test
    void dicomReaderColumns() {
        assertEquals(15, DicomReaderColumns.ALL.size());
        assertEquals(15, new HashSet<>(DicomReaderColumns.ALL).size(), "unique names");
        assertEquals("id", DicomReaderColumns.ALL.get(0));
        assertEquals("warnings", DicomReaderColumns.ALL.get(14));
    }

    @Test
    void segmenterTimesAreInTheScriptsCsvOrder() {
        assertEquals(List.of("Total", "Glands", "Skin", "Muscle", "Rib", "Fold", "Silicone"), SegmenterColumns.TIMES);
        assertArrayEquals(new double[]{1, 2, 3, 4, 5, 6, 7},
                SegmenterColumns.times(new StageTimes(1, 2, 3, 4, 5, 6, 7)));
        assertEquals(2 + 4 + 7 + 2, SegmenterColumns.count());
        assertEquals("method", SegmenterColumns.METHOD);
    }

    @Test
    void glandularityValuesMatchTheirNames() {
        long[] voxels = new long[GlandularityResult.LABEL_VALUES];
        long[] sums = new long[GlandularityResult.LABEL_VALUES];
        voxels[1] = 300; // fat at -100 HU
        sums[1] = -30000;
        voxels[2] = 100; // glands at 0 HU
        voxels[3] = 50;
        sums[3] = 5000;
        GlandularityResult r = new GlandularityResult("B", new Spacing(1, 1, 1), voxels, sums);
        List<String> names = GlandularityColumns.names();
        double[] v = GlandularityColumns.values(r);
        assertEquals(names.size(), v.length);
        assertEquals(new HashSet<>(names).size(), names.size(), "unique names");
        assertEquals(0.25, v[names.indexOf("Seg_G")], 1e-12);
        assertEquals(r.huG(), v[names.indexOf("HU_G")], 1e-12);
        assertEquals(0.4, v[names.indexOf("breast (ml)")], 1e-12);
        assertEquals(0.3, v[names.indexOf("fat (ml)")], 1e-12);
        assertEquals(0.1, v[names.indexOf("glands (ml)")], 1e-12);
        assertEquals(0.05, v[names.indexOf("skin (ml)")], 1e-12);
        assertEquals(-75, v[names.indexOf("mean HU tissue")], 1e-12);
        assertEquals(-100, v[names.indexOf("mean HU fat")], 1e-12);
        assertEquals(0, v[names.indexOf("mean HU glands")], 1e-12);
        double[] empty = GlandularityColumns.values(new GlandularityResult("E", new Spacing(1, 1, 1),
                new long[GlandularityResult.LABEL_VALUES], new long[GlandularityResult.LABEL_VALUES]));
        assertEquals(Double.NaN, empty[names.indexOf("Seg_G")]);
        assertEquals(Double.NaN, empty[names.indexOf("HU_G")]);
    }

    @Test
    void rendererColumnsUseTheScriptsFileStems() {
        assertEquals("img_c", RendererSettings.imageColumnName(Plane.CORONAL));
        assertEquals("auto_seg_t", RendererSettings.segmentationColumnName(Plane.TRANSVERSAL));
    }

    @Test
    void npyWriterAutoNamesAreTheAuthors() {
        assertEquals("{id}.npy", NpyWriterSettings.autoPattern(VoxelType.INT16, 300));
        assertEquals("segmentation_{id}.npy", NpyWriterSettings.autoPattern(VoxelType.UINT8, 300));
        assertEquals("cylinder_{id}.npy", NpyWriterSettings.autoPattern(VoxelType.BOOL, 1));
        assertEquals("fold_{id}.npy", NpyWriterSettings.autoPattern(VoxelType.BOOL, 40));
        assertEquals("segmentation_B01.npy",
                NpyWriterSettings.DEFAULTS.patternFor(VoxelType.UINT8, 300).expand("B01", "B01", "labels"));
    }
}

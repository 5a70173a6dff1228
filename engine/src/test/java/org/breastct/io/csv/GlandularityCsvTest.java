package org.breastct.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.breastct.analysis.GlandularityResult;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlandularityCsvTest {

    @TempDir
    Path dir;

    /** 100 fat voxels (HU sum -25000), 30 glands (HU sum -1200), 20 skin, 5 label-8, 45 air; 1 mm voxels. */
    private static GlandularityResult result(String id) {
        long[] voxels = new long[256];
        long[] sums = new long[256];
        voxels[0] = 45;
        sums[0] = -45 * 1024;
        voxels[1] = 100;
        sums[1] = -25000;
        voxels[2] = 30;
        sums[2] = -1200;
        voxels[3] = 20;
        sums[3] = 200;
        voxels[8] = 5;
        return new GlandularityResult(id, new Spacing(1, 1, 1), voxels, sums);
    }

    @Test
    void skinFoldColumnsComeFromTheFoldVolume() {
        List<String> h = GlandularityCsv.HEADER;
        // 2500 fold voxels of 1 mm^3 = 2.5 ml
        List<String> row = GlandularityCsv.row(result("b1").withFoldVoxels(2500), true, "published");
        assertEquals("2.50", row.get(h.indexOf("skin_fold_ml")));
        assertEquals("2500", row.get(h.indexOf("voxels_skin_fold")));
        assertEquals("5", row.get(h.indexOf("voxels_other")), "the fold voxels are tissue, not 'other'");
    }

    @Test
    void headerIsTheScriptsColumnsThenTheExtras() {
        assertEquals(List.of("uid", "HU_G", "Seg_G", "breast_ml", "air_ml", "fat_ml", "glands_ml", "skin_ml",
                "muscle_ml", "rib_ml", "skin_fold_ml", "implant_ml", "cylinder_ml", "mean_HU_tissue", "mean_HU_fat",
                "mean_HU_glands", "voxels_air", "voxels_fat", "voxels_glands", "voxels_skin", "voxels_muscle",
                "voxels_rib", "voxels_skin_fold", "voxels_implant", "voxels_cylinder", "voxels_other", "spacing_z_mm",
                "spacing_y_mm", "spacing_x_mm", "method"), GlandularityCsv.HEADER);
        assertEquals(List.of("uid", "HU_G", "Seg_G"), GlandularityCsv.SCRIPT_HEADER);
    }

    @Test
    void rowValues() {
        // tissue mean = -26200 / 130 = -201.538... -> rounded to -201.5 -> G = 53.5 / 214 = 0.25
        // Seg_G = 30 / 130 = 0.230769...
        List<String> row = GlandularityCsv.row(result("b1"), true, "robust");
        assertEquals(List.of("b1", "0.2500", "0.2308", "0.13", "0.05", "0.10", "0.03", "0.02", "0.00", "0.00",
                "0.00", "0.00", "0.00", "-201.5", "-250.0", "-40.0", "45", "100", "30", "20", "0", "0", "0", "0", "0",
                "5", "1.0000", "1.0000", "1.0000", "robust"), row);
        assertEquals(List.of("b1", "0.2500", "0.2308"), GlandularityCsv.row(result("b1"), false, "robust"));
    }

    @Test
    void noTissueIsWrittenAsNaN() {
        GlandularityResult empty = new GlandularityResult("e", Spacing.UNIT, new long[256], new long[256]);
        List<String> row = GlandularityCsv.row(empty, true, GlandularityCsv.UNKNOWN_METHOD);
        assertEquals("NaN", row.get(1));
        assertEquals("NaN", row.get(2));
        assertEquals("NaN", row.get(GlandularityCsv.HEADER.indexOf("mean_HU_fat")));
        assertEquals("0.00", row.get(GlandularityCsv.HEADER.indexOf("breast_ml")));
    }

    @Test
    void appendOncePerId() throws IOException {
        Path f = dir.resolve(GlandularityCsv.FILE_NAME);
        assertTrue(GlandularityCsv.append(f, result("b1"), false, "published"));
        assertFalse(GlandularityCsv.append(f, result("b1"), false, "published"));
        assertEquals("uid,HU_G,Seg_G\r\nb1,0.2500,0.2308\r\n", Files.readString(f));
        // the extended header does not fit a scripts-style file
        IOException e = assertThrows(IOException.class, () -> GlandularityCsv.append(f, result("b2"), true, "published"));
        assertTrue(e.getMessage().contains(GlandularityCsv.FILE_NAME), e.getMessage());
    }

    @Test
    void segmentationTimes() throws IOException {
        assertEquals(List.of("id", "Total", "Glands", "Skin", "Muscle", "Rib", "Fold", "Silicone", "method"),
                SegmentationTimeCsv.HEADER);
        assertEquals(List.of("b1", "12.3", "7.0", "0.3", "100.0", "2.5", "0.0", "1234.6", "published"),
                SegmentationTimeCsv.row("b1", 12.34, 7, 0.26, 99.96, 2.54, 0, 1234.56, "published"));
        Path f = dir.resolve(SegmentationTimeCsv.FILE_NAME);
        assertTrue(SegmentationTimeCsv.methodOf(f, "b1").isEmpty());
        assertTrue(SegmentationTimeCsv.append(f, "b1", 12.34, 7, 0.26, 99.96, 2.54, 0, 1234.56, "published"));
        assertFalse(SegmentationTimeCsv.append(f, "b1", 1, 1, 1, 1, 1, 1, 1, "robust"));
        assertTrue(SegmentationTimeCsv.append(f, "b2", 1, 1, 1, 1, 1, 1, 1, "robust"));
        assertEquals("id,Total,Glands,Skin,Muscle,Rib,Fold,Silicone,method\r\n"
                + "b1,12.3,7.0,0.3,100.0,2.5,0.0,1234.6,published\r\n"
                + "b2,1.0,1.0,1.0,1.0,1.0,1.0,1.0,robust\r\n", Files.readString(f));
        assertEquals("robust", SegmentationTimeCsv.methodOf(f, "b2").orElseThrow());
        assertTrue(SegmentationTimeCsv.methodOf(f, "b3").isEmpty());
        // a file from before the method column: no method, no error
        Path old = dir.resolve("old.csv");
        Files.writeString(old, "id,Total,Glands,Skin,Muscle,Rib,Fold,Silicone\r\nb1,1.0,1.0,1.0,1.0,1.0,1.0,1.0\r\n");
        assertTrue(SegmentationTimeCsv.methodOf(old, "b1").isEmpty());
    }
}

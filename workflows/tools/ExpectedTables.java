import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.TagFromName;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.breastct.analysis.GlandularityAnalysis;
import org.breastct.analysis.GlandularityResult;
import org.breastct.io.npy.NpyReader;
import org.breastct.progress.Progress;
import org.breastct.segmentation.LabelCode;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.VoxelType;

/**
 * Writes the expected tables of the testflows (workflows/tests/<testflow>/data/expected.csv) from
 * the committed sample data with the engine alone (no KNIME code): what each testflow's Table
 * Difference Checker compares the node's output with. Doubles are written with Double.toString,
 * which reads back to the same double, so the comparison is exact. Run after make_workflows.py:
 *
 *   java -cp engine/target/org.breastct.engine-1.0.0-SNAPSHOT.jar:/usr/share/java/pixelmed.jar \
 *       workflows/tools/ExpectedTables.java workflows
 */
public class ExpectedTables {

    /** The Glandularity Calculator's value columns and the label codes of the volume columns. */
    static final List<String> GLANDULARITY = List.of("HU_G", "Seg_G", "breast (ml)", "fat (ml)", "glands (ml)",
            "skin (ml)", "muscle (ml)", "rib (ml)", "skin fold (ml)", "implant (ml)", "mean HU tissue", "mean HU fat",
            "mean HU glands");
    static final int[] VOLUME_CODES = {LabelCode.FAT, LabelCode.GLANDS, LabelCode.SKIN, LabelCode.MUSCLE,
        LabelCode.RIB, LabelCode.SKIN_FOLD, LabelCode.IMPLANT};

    public static void main(final String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "workflows");
        Path examples = root;
        Path image = examples.resolve("From existing NPY files/data/npy/phantom_s5.npy");
        Path labels = examples.resolve("Labels to DICOM/data/npy/segmentation_phantom_s5.npy");
        Path dicom = examples.resolve("Breast CT batch segmentation/data/dicom/phantom_s5");
        ShortVolume img = (ShortVolume) NpyReader.read(image, VoxelType.INT16, Spacing.BREAST_CT, Progress.NONE);
        ByteVolume lab = (ByteVolume) NpyReader.read(labels, VoxelType.UINT8, Spacing.BREAST_CT, Progress.NONE);
        GlandularityResult g = GlandularityAnalysis.analyse(img, lab);
        String id = "phantom_s5";

        List<String> gHead = new ArrayList<>(List.of("id"));
        gHead.addAll(GLANDULARITY);
        List<String> gRow = new ArrayList<>(List.of(id));
        for (double v : glandularity(g)) {
            gRow.add(Double.toString(v));
        }
        Path tests = root.resolve("tests");
        write(tests.resolve("Test Breast CT NPY Reader/data/expected.csv"), gHead, gRow);
        write(tests.resolve("Test Glandularity Calculator/data/expected.csv"), gHead, gRow);
        write(tests.resolve("Test Breast CT NPY Writer/data/expected.csv"), gHead, gRow);

        // Segmenter: the label volumes, Seg_G and mean HU per label follow from its labels exactly
        write(tests.resolve("Test Breast Segmenter/data/expected.csv"), gHead, gRow);

        // DICOM Reader: the series' id, slices after dummy removal and trimming (the .npy of the same
        // series that dicom2npy wrote), and the DICOM Rows / Columns
        File first = Files.list(dicom).sorted().findFirst().orElseThrow().toFile();
        AttributeList a = new AttributeList();
        a.read(first);
        int rows = Attribute.getSingleIntegerValueOrDefault(a, TagFromName.Rows, -1);
        int columns = Attribute.getSingleIntegerValueOrDefault(a, TagFromName.Columns, -1);
        write(tests.resolve("Test Breast CT DICOM Reader/data/expected.csv"), List.of("id", "slices", "rows", "columns"),
                List.of(id, Integer.toString(img.dims().nz()), Integer.toString(rows), Integer.toString(columns)));

        // DICOM Writer: the written label series, read back as it is (no dummy removal, no trimming)
        write(tests.resolve("Test Breast CT DICOM Writer/data/expected.csv"), List.of("slices", "rows", "columns"),
                List.of(Integer.toString(lab.dims().nz()), Integer.toString(lab.dims().ny()),
                        Integer.toString(lab.dims().nx())));

        // Renderer: one row per breast
        write(tests.resolve("Test Representative Image Renderer/data/expected.csv"), List.of("id"), List.of(id));
    }

    static double[] glandularity(final GlandularityResult r) {
        double[] v = new double[GLANDULARITY.size()];
        int k = 0;
        v[k++] = r.huG();
        v[k++] = r.segG();
        v[k++] = r.breastMillilitres();
        for (int code : VOLUME_CODES) {
            v[k++] = r.millilitres(code);
        }
        v[k++] = r.meanHuTissue();
        v[k++] = r.meanHuFat();
        v[k++] = r.meanHuGlands();
        return v;
    }

    static void write(final Path file, final List<String> head, final List<String> row) throws Exception {
        if (!Files.isDirectory(file.getParent().getParent())) {
            throw new IllegalStateException(file.getParent().getParent() + " missing: run make_workflows.py first");
        }
        Files.createDirectories(file.getParent());
        String text = join(head) + "\n" + join(row) + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println("wrote " + file);
    }

    static String join(final List<String> values) {
        StringJoiner j = new StringJoiner(",");
        for (String v : values) {
            j.add(v.contains(",") ? "\"" + v + "\"" : v);
        }
        return j.toString();
    }
}

package org.breastct.knime.node.dicomreader;

import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.knime.settings.Checks;
import org.breastct.knime.settings.SettingsReader;
import org.breastct.knime.settings.NodeSettingsRecord;
import org.breastct.knime.settings.SettingsWriter;

/**
 * Settings of the DICOM Reader (algorithm.md section 1). Defaults: the engine's
 * {@link DicomReadOptions#DEFAULTS} (the scripts' behaviour) and "report a failing breast, go on".
 *
 * @param folder a folder with one series subfolder per breast, or one series folder (local path or
 *     URL, {@code knime://} accepted)
 * @param removeCylinder set pixels outside the cylinder radius to -1024 HU (step 3)
 * @param cylinderMargin the radius is C/2 - margin pixels
 * @param dummySlices chest-wall reconstruction dummies dropped by trimming (step 4)
 * @param trim keep only slices [dummySlices, l) (step 4)
 * @param failFast stop at the first breast that cannot be read (otherwise: warning and a row with
 *     missing cells)
 */
public record DicomReaderSettings(String folder, boolean removeCylinder, int cylinderMargin, int dummySlices,
        boolean trim, boolean failFast) implements NodeSettingsRecord {

    public static final String KEY_FOLDER = "folder";
    public static final String KEY_REMOVE_CYLINDER = "remove_cylinder";
    public static final String KEY_CYLINDER_MARGIN = "cylinder_margin";
    public static final String KEY_DUMMY_SLICES = "dummy_slices";
    public static final String KEY_TRIM = "trim";
    public static final String KEY_FAIL_FAST = "fail_fast";

    public static final DicomReaderSettings DEFAULTS;

    static {
        DicomReadOptions d = DicomReadOptions.DEFAULTS;
        DEFAULTS = new DicomReaderSettings("", d.removeCylinder(), d.cylinderMargin(), d.dummySlices(), d.trim(), false);
    }

    public DicomReaderSettings {
        folder = Checks.text(folder);
        Checks.atLeast("Cylinder margin (pixels)", cylinderMargin, 0);
        Checks.atLeast("Dummy slices", dummySlices, 0);
    }

    /** The engine options. */
    public DicomReadOptions toOptions() {
        return new DicomReadOptions(removeCylinder, cylinderMargin, dummySlices, trim);
    }

    public static DicomReaderSettings load(final SettingsReader r) {
        DicomReaderSettings d = DEFAULTS;
        return new DicomReaderSettings(r.getString(KEY_FOLDER, d.folder),
                r.getBoolean(KEY_REMOVE_CYLINDER, d.removeCylinder), r.getInt(KEY_CYLINDER_MARGIN, d.cylinderMargin),
                r.getInt(KEY_DUMMY_SLICES, d.dummySlices), r.getBoolean(KEY_TRIM, d.trim),
                r.getBoolean(KEY_FAIL_FAST, d.failFast));
    }

    @Override
    public void save(final SettingsWriter w) {
        w.addString(KEY_FOLDER, folder);
        w.addBoolean(KEY_REMOVE_CYLINDER, removeCylinder);
        w.addInt(KEY_CYLINDER_MARGIN, cylinderMargin);
        w.addInt(KEY_DUMMY_SLICES, dummySlices);
        w.addBoolean(KEY_TRIM, trim);
        w.addBoolean(KEY_FAIL_FAST, failFast);
    }
}

package org.breastct.knime.node.dicomreader;

import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.knime.settings.Checks;

/**
 * Settings of the DICOM Reader except its input location (docs/method.md section 1; plain Java,
 * KNIME's side is {@link DicomReaderParameters}). Defaults: the engine's
 * {@link DicomReadOptions#DEFAULTS} (the scripts' behaviour) and "report a failing breast, go on".
 *
 * @param pathColumn the Path column of the optional input table (one series per row)
 * @param removeCylinder set pixels outside the cylinder radius to -1024 HU (step 3)
 * @param cylinderMargin the radius is C/2 - margin pixels
 * @param dummySlices chest-wall reconstruction dummies dropped by trimming (step 4)
 * @param trim keep only slices [dummySlices, l) (step 4)
 * @param failFast stop at the first breast that cannot be read (otherwise: warning and a row with
 *     missing cells)
 * @param anyModality also read non-CT series and CT without rescale tags
 *     ({@link DicomReadOptions#anyModality()}; off by default)
 */
public record DicomReaderSettings(String pathColumn, boolean removeCylinder, int cylinderMargin, int dummySlices,
        boolean trim, boolean failFast, boolean anyModality) {

    public static final DicomReaderSettings DEFAULTS;

    static {
        DicomReadOptions d = DicomReadOptions.DEFAULTS;
        DEFAULTS = new DicomReaderSettings("", d.removeCylinder(), d.cylinderMargin(), d.dummySlices(), d.trim(),
                false, d.anyModality());
    }

    public DicomReaderSettings {
        pathColumn = Checks.text(pathColumn);
        Checks.atLeast("Cylinder margin (pixels)", cylinderMargin, 0);
        Checks.atLeast("Dummy slices", dummySlices, 0);
    }

    /** The engine options. */
    public DicomReadOptions toOptions() {
        return new DicomReadOptions(removeCylinder, cylinderMargin, dummySlices, trim).withAnyModality(anyModality);
    }
}

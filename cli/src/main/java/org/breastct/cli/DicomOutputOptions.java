package org.breastct.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.breastct.io.dicom.DicomWriteOptions;
import org.breastct.io.npy.CylinderRingFiles;
import org.breastct.volume.ByteVolume;

/**
 * How label DICOM series are written: {@code --template FILE}, {@code --cylinder-value N}, {@code --force}, and
 * the CT-table ring drawn into them.
 */
final class DicomOutputOptions {

    private DicomOutputOptions() {
    }

    /** {@code --template FILE} (must exist), {@code --cylinder-value N}, {@code --force} (overwrite). */
    static DicomWriteOptions parse(Args args) throws UsageException {
        DicomWriteOptions o = DicomWriteOptions.DEFAULTS;
        if (args.has("template")) {
            Path t = Path.of(args.option("template", ""));
            if (!Files.isRegularFile(t)) {
                throw new UsageException("template DICOM file not found: " + t);
            }
            o = o.withTemplate(t);
        }
        o = o.withCylinderValue(args.intOption("cylinder-value", o.cylinderValue()));
        if (args.flag("force")) {
            o = o.withIfExists(DicomWriteOptions.IfExists.OVERWRITE);
        }
        return o;
    }

    /**
     * {@code options} with the ring of {@code labels}' slice size from {@code ringDir} ({@link CylinderRingFiles#find};
     * null: none); a warning naming the breast when there is no ring of that size.
     */
    static DicomWriteOptions withRing(DicomWriteOptions options, Path ringDir, ByteVolume labels, String uid,
            Console console) throws Exception {
        if (ringDir == null) {
            return options;
        }
        CylinderRingFiles.Found ring = CylinderRingFiles.find(ringDir, labels.dims().ny(), labels.dims().nx());
        if (ring.ring() == null) {
            console.error(uid + ": warning: " + ring.note() + "; writing without the cylinder ring");
            return options;
        }
        return options.withCylinderRing(ring.ring());
    }
}

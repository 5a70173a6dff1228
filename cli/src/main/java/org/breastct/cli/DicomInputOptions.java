package org.breastct.cli;

import org.breastct.io.dicom.DicomReadOptions;

/**
 * How DICOM series are read: {@code --margin N}, {@code --dummy-slices N}, {@code --keep-cylinder},
 * {@code --no-trim}, {@code --any-modality}; an option a command does not declare keeps its default.
 */
final class DicomInputOptions {

    private DicomInputOptions() {
    }

    static DicomReadOptions parse(Args args) throws UsageException {
        DicomReadOptions o = DicomReadOptions.DEFAULTS;
        o = o.withCylinderMargin(args.intOption("margin", o.cylinderMargin()));
        o = o.withDummySlices(args.intOption("dummy-slices", o.dummySlices()));
        if (args.flag("keep-cylinder")) {
            o = o.withRemoveCylinder(false);
        }
        if (args.flag("no-trim")) {
            o = o.withTrim(false);
        }
        if (args.flag("any-modality")) {
            o = o.withAnyModality(true);
        }
        return o;
    }
}

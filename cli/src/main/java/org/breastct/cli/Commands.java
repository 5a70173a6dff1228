package org.breastct.cli;

import java.util.List;

/** The command list, in the order of the authors' pipeline. */
final class Commands {

    private Commands() {
    }

    static List<Command> all() {
        return List.of(new Dicom2NpyCommand(), new Npy2DicomCommand(), new SegmentCommand(), new ExtractCommand(), new RunCommand(),
                new DemoCommand(), new PhantomCommand(), new BenchCommand(),
                new CompareCommand());
    }
}

package org.breastct.workflows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where the workflows are: this module's folder (or -Dbreastct.workflows.dir), and what it holds. */
final class Workflows {

    /** The example workflows (top level) and the testflows (tests/). */
    static final List<String> EXAMPLES = List.of("Breast CT batch segmentation", "From existing NPY files",
            "Labels to DICOM");

    static final String TESTS = "tests";

    private Workflows() {
    }

    static Path root() {
        String p = System.getProperty("breastct.workflows.dir");
        Path root = p != null && !p.isBlank() ? Path.of(p) : Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve(EXAMPLES.get(0)))) {
            throw new IllegalStateException("workflows folder not found at " + root.toAbsolutePath()
                    + " (run the tests in the workflows module or set -Dbreastct.workflows.dir)");
        }
        return root;
    }

    /** Every workflow folder: the examples and the testflows. */
    static List<Path> all() throws IOException {
        Path root = root();
        List<Path> out = new ArrayList<>(examples());
        Path tests = root.resolve(TESTS);
        if (Files.isDirectory(tests)) {
            try (Stream<Path> s = Files.list(tests)) {
                s.filter(w -> Files.isRegularFile(w.resolve("workflow.knime"))).sorted().forEach(out::add);
            }
        }
        return out;
    }

    static List<Path> examples() {
        Path root = root();
        return EXAMPLES.stream().map(root::resolve).toList();
    }

    static List<Path> testflows() throws IOException {
        return all().stream().filter(w -> w.getParent().getFileName().toString().equals(TESTS)).toList();
    }

    /** The node settings files of a workflow (one folder per node, named "<name> (#<id>)"). */
    static List<Path> nodeSettings(final Path workflow) throws IOException {
        try (Stream<Path> s = Files.list(workflow)) {
            return s.filter(d -> d.getFileName().toString().matches(".* \\(#\\d+\\)"))
                    .map(d -> d.resolve("settings.xml")).filter(Files::isRegularFile).sorted().toList();
        }
    }
}

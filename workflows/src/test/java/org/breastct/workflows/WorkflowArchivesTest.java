package org.breastct.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * The archives the build writes into target/ (runs after package): one .knwf per example workflow
 * (one top-level folder, the workflow with its data area), breast-ct-examples.knar and
 * breast-ct-testflows.knar (one top-level folder with workflowset.meta and the workflows); every
 * archive holds exactly the committed files, and no .knimeLock.
 */
class WorkflowArchivesTest {

    private static Path archive(final String name) {
        Path p = Workflows.root().resolve("target").resolve(name);
        assertTrue(Files.isRegularFile(p), p + " exists (built by `./mvnw -pl workflows package`)");
        return p;
    }

    private static TreeSet<String> entries(final Path zip) throws Exception {
        TreeSet<String> names = new TreeSet<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                if (!e.isDirectory()) {
                    names.add(e.getName());
                }
            }
        }
        return names;
    }

    /** The files of a folder, as archive entry names under {@code prefix}. */
    private static TreeSet<String> files(final Path dir, final String prefix) throws Exception {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile)
                    .forEach(p -> names.add(prefix + dir.relativize(p).toString().replace('\\', '/')));
        }
        return names;
    }

    private static void noLockAndOneTopFolder(final Path zip, final TreeSet<String> names, final String top) {
        List<String> bad = new ArrayList<>();
        for (String n : names) {
            if (!n.startsWith(top + "/")) {
                bad.add(n + " (outside " + top + "/)");
            }
            if (n.endsWith(".knimeLock") || n.contains("/.knimeLock/")) {
                bad.add(n + " (lock file)");
            }
        }
        assertEquals(List.of(), bad, zip.getFileName().toString());
    }

    @Test
    void eachKnwfHoldsOneWorkflowWithItsData() throws Exception {
        for (Path wf : Workflows.examples()) {
            String name = wf.getFileName().toString();
            Path zip = archive(name + ".knwf");
            TreeSet<String> names = entries(zip);
            noLockAndOneTopFolder(zip, names, name);
            assertTrue(names.contains(name + "/workflow.knime"), zip + ": workflow.knime");
            assertTrue(names.stream().anyMatch(n -> n.startsWith(name + "/data/")), zip + ": data area");
            assertEquals(files(wf, name + "/"), names, zip + " holds exactly the workflow folder");
        }
    }

    @Test
    void theExamplesKnarIsOneWorkflowGroup() throws Exception {
        group("breast-ct-examples.knar", "breast-ct-examples", Workflows.examples());
    }

    @Test
    void theTestflowsKnarIsOneWorkflowGroup() throws Exception {
        List<Path> testflows = Workflows.testflows();
        assertTrue(testflows.size() >= 7, "one testflow per node: " + testflows);
        group("breast-ct-testflows.knar", "breast-ct-testflows", testflows);
    }

    private static void group(final String archive, final String top, final List<Path> workflows) throws Exception {
        Path zip = archive(archive);
        TreeSet<String> names = entries(zip);
        noLockAndOneTopFolder(zip, names, top);
        assertTrue(names.contains(top + "/workflowset.meta"), zip + ": " + top + "/workflowset.meta");
        TreeSet<String> expected = new TreeSet<>();
        expected.add(top + "/workflowset.meta");
        for (Path wf : workflows) {
            expected.addAll(files(wf, top + "/" + wf.getFileName() + "/"));
        }
        assertEquals(expected, names, zip + " holds exactly the workflows and workflowset.meta");
    }
}

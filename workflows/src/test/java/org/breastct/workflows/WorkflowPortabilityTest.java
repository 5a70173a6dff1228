package org.breastct.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

/**
 * The workflows run as they are in KNIME 5.8+ on the desktop and on KNIME Hub: written as 5.8
 * workflows; our nodes name the feature KNIME's "install missing extensions" looks for; sample
 * data and default outputs lie in each workflow's data area ({@code <workflow>/data}: file chooser and
 * file selection locations relative to it, workflow variables as paths in it) and no location leaves
 * the workflow folder (an unset optional location, the local file system with an empty path, is no
 * location); the bound
 * settings hold the workflow variables' defaults; nothing of a run (locks, outputs, port data) is
 * committed.
 */
class WorkflowPortabilityTest {

    private static final String DATA_URL = "knime://knime.workflow/data/";
    private static final String DATA_AREA = "knime.workflow.data";

    @Test
    void workflowsAreKnime58Workflows() throws Exception {
        for (Path wf : Workflows.all()) {
            KnimeXml.Config w = KnimeXml.parse(wf.resolve("workflow.knime"));
            assertEquals("5.8.0", w.string("created_by"), wf + ": created_by");
            assertEquals("false", w.string("created_by_nightly"), wf + ": created_by_nightly");
            assertEquals("5.1.0", w.string("version"), wf + ": workflow format version");
        }
    }

    @Test
    void ourNodesNameTheFeatureKnimeInstalls() throws Exception {
        Path featureXml = Workflows.root().getParent().resolve("feature/feature.xml");
        assertTrue(Files.isRegularFile(featureXml), featureXml + " exists");
        String featureId = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(featureXml.toFile())
                .getDocumentElement().getAttribute("id");
        assertEquals("org.breastct.knime.feature", featureId);
        int ours = 0;
        for (Path wf : Workflows.all()) {
            for (Path file : Workflows.nodeSettings(wf)) {
                KnimeXml.Config s = KnimeXml.parse(file);
                String factory = s.string("factory");
                if (factory.startsWith("org.breastct.")) {
                    assertEquals(featureId + ".feature.group", s.string("node-feature-symbolic-name"), file.toString());
                    assertEquals("org.breastct.knime", s.string("node-bundle-symbolic-name"), file.toString());
                    ours++;
                } else if (factory.startsWith("org.knime.base.")) {
                    assertEquals("org.knime.base", s.string("node-bundle-symbolic-name"), file.toString());
                    assertEquals("org.knime.features.base.feature.group", s.string("node-feature-symbolic-name"),
                            file.toString());
                } else if (factory.startsWith("org.knime.testing.")) {
                    assertEquals("org.knime.testing", s.string("node-bundle-symbolic-name"), file.toString());
                }
            }
        }
        assertTrue(ours >= 15, "our nodes: " + ours);
    }

    /** Every location a workflow reads or writes is inside its data area. */
    @Test
    void noLocationLeavesTheWorkflowFolder() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path wf : Workflows.all()) {
            String w = wf.getFileName().toString();
            for (Path file : Workflows.nodeSettings(wf)) {
                KnimeXml.Config s = KnimeXml.parse(file);
                checkLocations(w + "/" + file.getParent().getFileName(), s.config("model"), problems);
            }
            for (Map.Entry<String, String> v : variables(wf).entrySet()) {
                String value = v.getValue();
                String problem = value.startsWith("knime://") ? urlProblem(value) : relativePathProblem(value);
                if (problem != null) {
                    problems.add(w + ": workflow variable " + v.getKey() + " = " + value + ": " + problem);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void checkLocations(final String where, final KnimeXml.Config c, final List<String> problems) {
        if (c == null) {
            return;
        }
        boolean unset = "LOCAL".equals(c.string("file_system_type")) && "".equals(c.string("path"));
        if (c.entry("file_system_type") != null && !unset) {
            // a file chooser location (KNIME's FSLocation): the workflow data area, a relative path in it
            if (!"RELATIVE".equals(c.string("file_system_type")) || !DATA_AREA.equals(c.string("file_system_specifier"))) {
                problems.add(where + ": " + c.key() + " is not relative to the workflow data area: "
                        + c.string("file_system_type") + " " + c.string("file_system_specifier"));
            }
            String p = relativePathProblem(c.string("path"));
            if (p != null) {
                problems.add(where + ": " + c.key() + "/path " + c.string("path") + ": " + p);
            }
        }
        if (c.entry("relative_to") != null && !DATA_AREA.equals(c.string("relative_to"))) {
            problems.add(where + ": " + c.key() + "/relative_to " + c.string("relative_to"));
        }
        for (Map.Entry<String, Object> e : c.children().entrySet()) {
            if (e.getValue() instanceof KnimeXml.Config sub) {
                checkLocations(where, sub, problems);
            } else if (e.getValue() instanceof KnimeXml.Entry en && en.value() != null) {
                String v = en.value();
                String problem = v.startsWith("knime://") ? urlProblem(v)
                        : v.startsWith("/") || v.matches("^[A-Za-z]:[\\\\/].*") || v.startsWith("file:")
                                ? "an absolute location" : null;
                if (problem != null) {
                    problems.add(where + ": " + e.getKey() + " = " + v + ": " + problem);
                }
            }
        }
    }

    private static String urlProblem(final String url) {
        if (!url.startsWith(DATA_URL)) {
            return "not in the workflow data area (" + DATA_URL + "...)";
        }
        return relativePathProblem(url.substring(DATA_URL.length()));
    }

    private static String relativePathProblem(final String path) {
        if (path == null || path.isBlank()) {
            return "empty";
        }
        if (path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return "not a relative path";
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return "leaves the data area";
            }
        }
        return null;
    }

    /** The defaults the workflows read (the sample data) exist in their data areas. */
    @Test
    void sampleDataIsInsideEachWorkflow() throws Exception {
        for (Path wf : Workflows.examples()) {
            int inputs = 0;
            for (Map.Entry<String, String> v : variables(wf).entrySet()) {
                String value = v.getValue();
                String inData = value.startsWith(DATA_URL) ? value.substring(DATA_URL.length()) : value;
                if (v.getKey().startsWith("output") || inData.equals("output") || inData.startsWith("output/")) {
                    continue;
                }
                Path p = wf.resolve("data").resolve(inData).normalize();
                assertTrue(p.startsWith(wf.resolve("data")), p.toString());
                assertTrue(Files.exists(p), wf.getFileName() + ": " + v.getKey() + " -> " + p + " exists");
                inputs++;
            }
            assertTrue(inputs >= 1, wf + ": reads sample data");
            long bytes;
            try (Stream<Path> s = Files.walk(wf.resolve("data"))) {
                bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            assertTrue(bytes > 0 && bytes < 5_000_000L, wf + ": sample data stays small: " + bytes + " bytes");
        }
    }

    /** A node setting bound to a workflow variable holds that variable's default. */
    @Test
    void boundSettingsHoldTheVariableDefaults() throws Exception {
        int bound = 0;
        for (Path wf : Workflows.all()) {
            Map<String, String> vars = variables(wf);
            for (Path file : Workflows.nodeSettings(wf)) {
                KnimeXml.Config s = KnimeXml.parse(file);
                KnimeXml.Config tree = s.at("variables/tree");
                if (tree == null) {
                    continue;
                }
                Map<String, String> bindings = new HashMap<>();
                collectBindings(tree, "", bindings);
                for (Map.Entry<String, String> b : bindings.entrySet()) {
                    String path = b.getKey();
                    int slash = path.lastIndexOf('/');
                    KnimeXml.Config parent = slash < 0 ? s.config("model") : s.config("model").at(path.substring(0, slash));
                    assertNotNull(parent, file + ": bound setting " + path);
                    KnimeXml.Entry target = parent.entry(path.substring(slash + 1));
                    assertNotNull(target, file + ": bound setting " + path);
                    assertTrue(vars.containsKey(b.getValue()), file + ": variable " + b.getValue() + " exists");
                    assertEquals(vars.get(b.getValue()), target.value(),
                            file + ": " + path + " holds the default of " + b.getValue());
                    bound++;
                }
            }
        }
        assertTrue(bound >= 10, "bindings: " + bound);
    }

    private static void collectBindings(final KnimeXml.Config tree, final String path, final Map<String, String> out) {
        if (tree.entry("used_variable") != null) {
            if (tree.string("used_variable") != null) {
                out.put(path, tree.string("used_variable"));
            }
            return;
        }
        for (Map.Entry<String, Object> e : tree.children().entrySet()) {
            if (e.getValue() instanceof KnimeXml.Config c) {
                collectBindings(c, path.isEmpty() ? e.getKey() : path + "/" + e.getKey(), out);
            }
        }
    }

    /** Nothing a KNIME session or run leaves behind is committed: locks, outputs, node data. */
    @Test
    void noLocksOutputsOrNodeData() throws Exception {
        List<String> found = new ArrayList<>();
        for (Path wf : Workflows.all()) {
            try (Stream<Path> s = Files.walk(wf)) {
                s.forEach(p -> {
                    String n = p.getFileName().toString();
                    if (n.equals(".knimeLock") || n.equals(".savedWithData") || n.startsWith("port_") && Files.isDirectory(p)
                            || n.equals("filestore") || p.equals(wf.resolve("data/output"))) {
                        found.add(p.toString());
                    }
                });
            }
        }
        assertEquals(List.of(), found);
    }

    static Map<String, String> variables(final Path wf) throws Exception {
        Map<String, String> out = new HashMap<>();
        KnimeXml.Config vars = KnimeXml.parse(wf.resolve("workflow.knime")).config("workflow_variables");
        if (vars != null) {
            for (Object o : vars.children().values()) {
                KnimeXml.Config v = (KnimeXml.Config) o;
                assertFalse(out.containsKey(v.string("name")), wf + ": variable " + v.string("name") + " twice");
                out.put(v.string("name"), v.string("value"));
            }
        }
        return out;
    }
}

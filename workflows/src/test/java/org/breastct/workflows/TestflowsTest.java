package org.breastct.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The testflows (workflows/tests): one per node of ours; each has one Testflow Configuration and a
 * Table Difference Checker whose first input is the Column Filter after the node under test and
 * whose second input is a CSV Reader of an expected table in the testflow's data area; the Column
 * Filter, the checker's column configs and the expected table's header name the same columns in
 * the same order; every node (but the configuration) is connected.
 */
class TestflowsTest {

    private static final String OURS = "org.breastct.knime.node.";
    private static final String CONFIG = "org.knime.testing.node.config.TestConfigNodeFactory";
    private static final String CHECKER = "org.knime.testing.internal.nodes.differ.DifferenceCheckerNodeFactory";
    private static final String READER = "org.knime.base.node.io.filehandling.csv.reader.CSVTableReaderNodeFactory";
    private static final String FILTER = "org.knime.base.node.preproc.filter.column.DataColumnSpecFilterNodeFactory";

    private record Node(String factory, KnimeXml.Config settings) {
    }

    private record Conn(int src, int srcPort, int dst, int dstPort) {
    }

    @Test
    void everyNodeOfOursHasATestflow() throws Exception {
        Set<String> tested = new HashSet<>();
        for (Path wf : Workflows.testflows()) {
            String name = wf.getFileName().toString();
            assertTrue(name.startsWith("Test "), name);
            tested.add(name.substring(5));
        }
        assertEquals(Set.of("Breast CT DICOM Reader", "Breast CT NPY Reader", "Breast Segmenter",
                "Representative Image Renderer", "Glandularity Calculator", "Breast CT NPY Writer",
                "Breast CT DICOM Writer"), tested);
    }

    @Test
    void everyTestflowComparesTheNodeWithAnExpectedTable() throws Exception {
        for (Path wf : Workflows.testflows()) {
            String w = wf.getFileName().toString();
            KnimeXml.Config workflow = KnimeXml.parse(wf.resolve("workflow.knime"));
            Map<Integer, Node> nodes = new HashMap<>();
            for (Object o : workflow.config("nodes").children().values()) {
                KnimeXml.Config n = (KnimeXml.Config) o;
                KnimeXml.Config s = KnimeXml.parse(wf.resolve(n.string("node_settings_file")));
                nodes.put(Integer.parseInt(n.string("id")), new Node(s.string("factory"), s));
            }
            List<Conn> conns = new ArrayList<>();
            for (Object o : workflow.config("connections").children().values()) {
                KnimeXml.Config c = (KnimeXml.Config) o;
                conns.add(new Conn(Integer.parseInt(c.string("sourceID")), Integer.parseInt(c.string("sourcePort")),
                        Integer.parseInt(c.string("destID")), Integer.parseInt(c.string("destPort"))));
            }
            assertEquals(1, nodes.values().stream().filter(n -> n.factory().equals(CONFIG)).count(),
                    w + ": one Testflow Configuration");
            String testedName = w.substring(5);
            assertTrue(nodes.values().stream().anyMatch(n -> n.factory().startsWith(OURS)
                    && testedName.equals(n.settings().string("node-name"))), w + ": contains the node " + testedName);

            List<Integer> checkers = nodes.entrySet().stream().filter(e -> e.getValue().factory().equals(CHECKER))
                    .map(Map.Entry::getKey).toList();
            assertEquals(1, checkers.size(), w + ": one Table Difference Checker");
            int checker = checkers.get(0);
            Node filter = nodes.get(source(conns, checker, 1, w));
            Node reader = nodes.get(source(conns, checker, 2, w));
            assertEquals(FILTER, filter.factory(), w + ": input 1 of the checker is a Column Filter");
            assertEquals(READER, reader.factory(), w + ": input 2 of the checker is a CSV Reader");

            KnimeXml.Config included = filter.settings().at("model/column-filter/included_names");
            List<String> compared = new ArrayList<>();
            for (int i = 0; i < Integer.parseInt(included.string("array-size")); i++) {
                compared.add(included.string(Integer.toString(i)));
            }
            List<String> configured = new ArrayList<>();
            for (String k : nodes.get(checker).settings().config("model").children().keySet()) {
                if (k.startsWith("columnConfig_")) {
                    configured.add(k.substring("columnConfig_".length()));
                }
            }
            assertEquals(compared, configured, w + ": the checker compares the filtered columns");

            String expected = reader.settings().at("model/settings/file_selection/path").string("path");
            Path csv = wf.resolve("data").resolve(expected);
            assertTrue(Files.isRegularFile(csv), w + ": expected table " + csv
                    + " exists (workflows/tools/ExpectedTables.java writes it)");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertTrue(lines.size() >= 2, w + ": expected table has a header and rows");
            assertEquals(compared, List.of(lines.get(0).split(",", -1)), w + ": expected table header");
            for (String row : lines.subList(1, lines.size())) {
                assertEquals(compared.size(), row.split(",", -1).length, w + ": row '" + row + "'");
            }

            // every node but the configuration is connected
            for (Map.Entry<Integer, Node> e : nodes.entrySet()) {
                if (e.getValue().factory().equals(CONFIG)) {
                    continue;
                }
                int id = e.getKey();
                assertTrue(conns.stream().anyMatch(c -> c.src() == id || c.dst() == id),
                        w + ": node " + id + " (" + e.getValue().settings().string("node-name") + ") is connected");
            }
        }
    }

    /** What the readers of a testflow read is in its data area, unless the testflow writes it first. */
    @Test
    void theSampleInputsAreInEachTestflow() throws Exception {
        String data = "knime.workflow.data";
        for (Path wf : Workflows.testflows()) {
            int inputs = 0;
            for (Path file : Workflows.nodeSettings(wf)) {
                KnimeXml.Config s = KnimeXml.parse(file);
                if (!s.string("factory").startsWith(OURS) || !s.string("factory").contains("Reader")) {
                    continue;
                }
                for (String key : List.of("input_folder", "input_location")) {
                    // a file selection relative to the data area: <key>/path/{file_system_specifier,path}
                    KnimeXml.Config l = s.config("model").at(key + "/path");
                    if (l != null && data.equals(l.string("file_system_specifier"))
                            && !l.string("path").equals("output") && !l.string("path").startsWith("output/")) {
                        Path p = wf.resolve("data").resolve(l.string("path"));
                        assertTrue(Files.exists(p), file + ": " + key + " " + p + " exists");
                        inputs++;
                    }
                }
            }
            assertTrue(inputs >= 1, wf + ": reads sample data");
        }
    }

    private static int source(final List<Conn> conns, final int dst, final int port, final String w) {
        Integer src = null;
        for (Conn c : conns) {
            if (c.dst() == dst && c.dstPort() == port) {
                src = c.src();
            }
        }
        assertNotNull(src, w + ": input " + port + " of node " + dst + " is connected");
        return src;
    }
}

package org.breastct.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every KNIME-native node in the example workflows and testflows has exactly the key tree (config
 * paths and entry types of {@code model} and {@code node_creation_config}) of the settings KNIME
 * itself saved for that node (fixtures in src/test/resources/keytrees, references in their headers
 * and in workflows/README.md). Our own nodes (org.breastct.*) are checked by the plugin's
 * WorkflowFilesTest against their settings classes.
 */
class KnimeNodeSettingsTest {

    private static final String CSV_WRITER = "org.knime.base.node.io.filehandling.csv.writer.CSVWriter2NodeFactory";

    @Test
    void everyKnimeNodeHasTheKeyTreeKnimeSaves() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path wf : Workflows.all()) {
            for (Path file : Workflows.nodeSettings(wf)) {
                KnimeXml.Config s = KnimeXml.parse(file);
                String factory = s.string("factory");
                assertNotNull(factory, file + ": factory");
                if (factory.startsWith("org.breastct.")) {
                    continue;
                }
                KeyTree ref = KeyTree.load(factory);
                String where = wf.getFileName() + "/" + file.getParent().getFileName();
                if (ref == null) {
                    problems.add(where + ": no reference key tree for KNIME factory " + factory
                            + " (add a KNIME-saved reference to workflows/tools/reference_keytrees.py)");
                    continue;
                }
                for (String d : ref.differences(s)) {
                    problems.add(where + ": " + d);
                }
                checked++;
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(checked >= 9, "KNIME nodes checked: " + checked);
    }

    /** The layout the workflows had before issue 13 (never runs in KNIME) fails the comparison. */
    @Test
    void theCsvWriterLayoutOfIssue13IsCaught() throws Exception {
        Path old = Path.of(KnimeNodeSettingsTest.class.getResource("/old-layout/csv-writer-before-issue-13.settings.xml")
                .toURI());
        KnimeXml.Config s = KnimeXml.parse(old);
        assertEquals(CSV_WRITER, s.string("factory"));
        List<String> d = KeyTree.load(CSV_WRITER).differences(s);
        for (String expected : List.of("missing: config model/settings/file_chooser_settings",
                "missing: entry model/settings/row_delimiter xstring",
                "not in the reference: config model/file_chooser_settings",
                "not in the reference: entry model/settings/line_separator xstring",
                "missing: config node_creation_config")) {
            assertTrue(d.contains(expected), expected + " in " + d);
        }
    }

    /** A single misplaced entry or a wrong type is reported too. */
    @Test
    void aMovedEntryOrAnotherTypeIsCaught() throws Exception {
        KnimeXml.Config good = KnimeXml.parse(csvWriterOfAnExample());
        KeyTree ref = KeyTree.load(CSV_WRITER);
        assertEquals(List.of(), ref.differences(good));

        KnimeXml.Config settings = good.at("model/settings");
        KnimeXml.Config advanced = good.at("model/advanced_settings");
        advanced.children().put("row_delimiter", settings.children().remove("row_delimiter"));
        advanced.children().put("decimal_separator", new KnimeXml.Entry("xstring", "."));
        List<String> d = ref.differences(good);
        assertEquals(List.of("missing: entry model/advanced_settings/decimal_separator xchar",
                "missing: entry model/settings/row_delimiter xstring",
                "not in the reference: entry model/advanced_settings/decimal_separator xstring",
                "not in the reference: entry model/advanced_settings/row_delimiter xstring"), d);
    }

    @Test
    void csvWritersWriteUtf8() throws Exception {
        int n = 0;
        for (Path wf : Workflows.all()) {
            for (Path file : Workflows.nodeSettings(wf)) {
                KnimeXml.Config s = KnimeXml.parse(file);
                if (CSV_WRITER.equals(s.string("factory"))) {
                    assertEquals("UTF-8", s.at("model/encoding").string("character_set"), file.toString());
                    n++;
                }
            }
        }
        assertTrue(n >= 3, "CSV Writers: " + n);
    }

    private static Path csvWriterOfAnExample() throws Exception {
        for (Path file : Workflows.nodeSettings(Workflows.root().resolve("From existing NPY files"))) {
            if (CSV_WRITER.equals(KnimeXml.parse(file).string("factory"))) {
                return file;
            }
        }
        throw new AssertionError("no CSV Writer in 'From existing NPY files'");
    }

    @Test
    void everyFixtureNamesTheFileKnimeSaved() throws Exception {
        try (var files = java.nio.file.Files.list(Path.of(KnimeNodeSettingsTest.class.getResource("/keytrees").toURI()))) {
            List<Path> all = files.toList();
            assertTrue(all.size() >= 4, "fixtures: " + all);
            for (Path f : all) {
                String text = java.nio.file.Files.readString(f);
                assertTrue(text.matches("(?s).*#   knime/knime-[a-z-]+ analytics-platform/5\\.\\d+\\.\\d+ \\([0-9a-f]{40}\\) .*"),
                        f + " names repository, tag and commit of its reference");
                assertTrue(text.contains("saved by KNIME "), f + " says which KNIME saved the reference");
                String factory = f.getFileName().toString().replaceFirst("\\.keys$", "");
                assertFalse(KeyTree.load(factory).lines().isEmpty(), f.toString());
            }
        }
    }
}

package org.breastct.knime.runtime;

import static org.breastct.knime.runtime.kit.KitParameters.defaults;
import static org.breastct.knime.runtime.kit.KitParameters.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import org.breastct.knime.node.dicomreader.DicomReaderNodeFactory;
import org.breastct.knime.node.dicomreader.DicomReaderParameters;
import org.breastct.knime.node.dicomwriter.DicomWriterNodeFactory;
import org.breastct.knime.node.dicomwriter.DicomWriterParameters;
import org.breastct.knime.node.npyreader.NpyReaderNodeFactory;
import org.breastct.knime.node.npyreader.NpyReaderParameters;
import org.breastct.knime.node.npywriter.NpyWriterNodeFactory;
import org.breastct.knime.node.npywriter.NpyWriterParameters;
import org.breastct.knime.node.segmenter.SegmenterNodeFactory;
import org.breastct.knime.node.segmenter.SegmenterParameters;
import org.breastct.knime.runtime.kit.KitNode;
import org.breastct.knime.runtime.kit.KitWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;

/**
 * Cancelling a node while it executes, the way the user's cancel button does: the cancel flag is set from the
 * progress callback once the node reports a given progress. The node must end with
 * {@link CanceledExecutionException} and leave no output file, complete or partial, under any name.
 */
class CancelTest {

    @TempDir
    Path tmp;

    private KitWorkflow m_wf;

    private Path m_in;

    @BeforeEach
    void setUp() throws IOException {
        m_wf = KitWorkflow.create(tmp.resolve("workspace"));
        m_in = Files.createDirectories(m_wf.localFolder().resolve("in"));
        Files.copy(Samples.npyImage(), m_in.resolve(Samples.ID + ".npy"));
        Files.copy(Samples.npyLabels(), m_in.resolve("segmentation_" + Samples.ID + ".npy"));
    }

    /** The sample's image (column "image") or labels (column "labels") through the NPY Reader. */
    private BufferedDataTable read(final boolean labels) throws Exception {
        NpyReaderParameters p = set(defaults(NpyReaderParameters.class), "m_location", m_wf.local("in"));
        if (labels) {
            set(p, "m_includePattern", "segmentation_*.npy");
            set(p, "m_excludePattern", "");
            set(p, "m_columnName", "labels");
        }
        return KitNode.create(m_wf, new NpyReaderNodeFactory()).executeTable(p,
            new ExecutionContext(tmp.resolve("fs-in")));
    }

    /**
     * Cancels {@code exec} at the first progress report for which {@code when} holds, as the user's cancel button.
     *
     * @return the report (progress and message) at which it cancelled, once it did
     */
    private static List<String> cancelWhen(final ExecutionContext exec, final BiPredicate<Double, String> when) {
        List<String> seen = new ArrayList<>();
        exec.kitOnProgress((p, m) -> {
            if (seen.isEmpty() && when.test(p, m)) {
                seen.add(p + " " + m);
                exec.kitCancel();
            }
        });
        return seen;
    }

    private static List<String> contents(final Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(folder)) {
            return s.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString()).toList();
        }
    }

    @Test
    void dicomWriterCancelledWhileWritingTheSeries() throws Exception {
        BufferedDataTable labels = read(true);
        ExecutionContext exec = new ExecutionContext(tmp.resolve("fs"));
        List<String> seen = cancelWhen(exec, (p, m) -> m != null && m.contains("writing slice"));
        DicomWriterParameters p = set(defaults(DicomWriterParameters.class), "m_outputFolder", m_wf.local("out"));
        KitNode<?> writer = KitNode.create(m_wf, new DicomWriterNodeFactory());
        assertThrows(CanceledExecutionException.class, () -> writer.execute(p, exec, labels));
        assertEquals(1, seen.size(), "cancelled at the first slice written");
        assertTrue(seen.get(0).contains("writing slice 1 of"), seen.get(0));
        assertEquals(List.of(), contents(m_wf.localFolder().resolve("out")),
            "no series folder and no partial folder left");
    }

    @Test
    void npyWriterCancelledWhileWritingTheFile() throws Exception {
        BufferedDataTable image = read(false);
        ExecutionContext exec = new ExecutionContext(tmp.resolve("fs"));
        // the row's second half is the write (the first reads the volume); 2.9 MB are written in 1 MB buffers
        List<String> seen = cancelWhen(exec, (p, m) -> p > 0.5 && p < 1);
        NpyWriterParameters p = set(defaults(NpyWriterParameters.class), "m_outputFolder", m_wf.local("out"));
        set(p, "m_volumeColumn", "image");
        KitNode<?> writer = KitNode.create(m_wf, new NpyWriterNodeFactory());
        assertThrows(CanceledExecutionException.class, () -> writer.execute(p, exec, image));
        assertEquals(1, seen.size(), "cancelled during the write");
        assertEquals(List.of(), contents(m_wf.localFolder().resolve("out")), "no .npy and no temporary file left");
    }

    @Test
    void segmenterCancelledAfterTheFirstProgressReport() throws Exception {
        BufferedDataTable image = read(false);
        ExecutionContext exec = new ExecutionContext(tmp.resolve("fs"));
        List<String> seen = cancelWhen(exec, (p, m) -> true);
        KitNode<?> segmenter = KitNode.create(m_wf, new SegmenterNodeFactory());
        CanceledExecutionException e = assertThrows(CanceledExecutionException.class,
            () -> segmenter.execute(defaults(SegmenterParameters.class), exec, image));
        assertEquals(1, seen.size());
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a message for the user");
    }

    @Test
    void dicomReaderCancelledAfterTheFirstProgressReport() throws Exception {
        Samples.copySeries(m_wf.localFolder().resolve("dicom"));
        ExecutionContext exec = new ExecutionContext(tmp.resolve("fs"));
        List<String> seen = cancelWhen(exec, (p, m) -> true);
        DicomReaderParameters p = set(defaults(DicomReaderParameters.class), "m_folder", m_wf.local("dicom"));
        KitNode<?> reader = KitNode.create(m_wf, new DicomReaderNodeFactory());
        assertThrows(CanceledExecutionException.class, () -> reader.execute(p, exec));
        assertEquals(1, seen.size());
    }
}

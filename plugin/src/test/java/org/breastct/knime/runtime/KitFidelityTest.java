package org.breastct.knime.runtime;

import static org.breastct.knime.runtime.kit.KitParameters.defaults;
import static org.breastct.knime.runtime.kit.KitParameters.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.ClosedFileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.breastct.knime.node.npyreader.NpyReaderNodeFactory;
import org.breastct.knime.node.npyreader.NpyReaderParameters;
import org.breastct.knime.runtime.kit.KitNode;
import org.breastct.knime.runtime.kit.KitWorkflow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.filestore.FileStore;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.util.DuplicateKeyException;
import org.knime.filehandling.core.connections.FSConnection;
import org.knime.filehandling.core.connections.FSPath;
import org.knime.filehandling.core.data.location.cell.SimpleFSLocationCellFactory;

/**
 * The kit's stand-ins behave as the KNIME classes they mirror where nodes can tell the difference (each stand-in's
 * Javadoc names the real source it was checked against at analytics-platform/5.8.2).
 */
class KitFidelityTest {

    @TempDir
    Path tmp;

    @Test
    void subContextsAddTheirShareToTheParentsProgress() {
        ExecutionContext exec = new ExecutionContext(tmp);
        assertNull(exec.kitProgress(), "no progress before the first report");
        ExecutionContext a = exec.createSubExecutionContext(0.25);
        ExecutionContext b = exec.createSubExecutionContext(0.75);
        a.setProgress(0.5);
        assertEquals(0.125, exec.kitProgress(), 1e-12);
        a.setProgress(0.2); // going back adds nothing
        assertEquals(0.125, exec.kitProgress(), 1e-12);
        a.setProgress(1.0);
        b.createSubExecutionContext(0.5).setProgress(1.0);
        assertEquals(0.25 + 0.375, exec.kitProgress(), 1e-12);
        b.setProgress(1.0); // its child moved b to 0.5; b at 1.0 adds the other half of b's share
        assertEquals(1.0, exec.kitProgress(), 1e-12);
        exec.setProgress(1.5); // out of range: ignored by the root monitor
        assertEquals(1.0, exec.kitProgress(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> exec.createSubExecutionContext(1.5));
    }

    @Test
    void cancelReachesEverySubContext() throws Exception {
        ExecutionContext exec = new ExecutionContext(tmp);
        ExecutionContext sub = exec.createSubExecutionContext(0.5).createSubExecutionContext(0.5);
        sub.checkCanceled();
        exec.kitCancel();
        CanceledExecutionException e = assertThrows(CanceledExecutionException.class, sub::checkCanceled);
        assertEquals("Execution canceled", e.getMessage());
    }

    @Test
    void containerChecksEveryRow() {
        ExecutionContext exec = new ExecutionContext(tmp);
        DataTableSpec spec = new DataTableSpec(new DataColumnSpecCreator("n", IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator("s", StringCell.TYPE).createSpec());
        BufferedDataContainer c = exec.createDataContainer(spec);
        c.addRowToTable(new DefaultRow("a", new IntCell(1), DataType.getMissingCell()));
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
            () -> c.addRowToTable(new DefaultRow("b", new IntCell(1))));
        assertTrue(count.getMessage().contains("\"b\""), count.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> c.addRowToTable(new DefaultRow("c", new DoubleCell(1), new StringCell("x"))), "double in int column");
        DuplicateKeyException dup = assertThrows(DuplicateKeyException.class,
            () -> c.addRowToTable(new DefaultRow("a", new IntCell(2), new StringCell("x"))));
        assertEquals("a", dup.getKey());
        assertThrows(IllegalStateException.class, c::getTable, "table before close");
        c.close();
        assertEquals(1, c.getTable().size());
        assertThrows(IllegalArgumentException.class, () -> new DataTableSpec(
            new DataColumnSpecCreator("n", IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator("n", StringCell.TYPE).createSpec()), "duplicate column name");
    }

    @Test
    void fileStoresAreNamedFilesInTheExecutionsFolder() throws Exception {
        ExecutionContext exec = new ExecutionContext(tmp.resolve("fs"));
        FileStore f = exec.createSubExecutionContext(0.5).createFileStore("row0_image.npy");
        assertTrue(f.getFile().toPath().startsWith(tmp.resolve("fs")));
        assertFalse(f.getFile().exists(), "KNIME creates the folder, not the file");
        assertTrue(f.getFile().getParentFile().isDirectory());
        assertThrows(IOException.class, () -> exec.createFileStore(".hidden"));
        assertThrows(IOException.class, () -> exec.createFileStore("a/b"));
        assertThrows(DuplicateKeyException.class, () -> exec.createFileStore("row0_image.npy"),
            "names are unique per execution, also across sub contexts");
    }

    @Test
    void pathCellsMustBeOnTheColumnsFileSystem() {
        KitWorkflow wf = KitWorkflow.create(tmp);
        SimpleFSLocationCellFactory cells = new SimpleFSLocationCellFactory(wf.dataAreaRelative(""));
        cells.createCell(wf.dataAreaRelative("a.npy"));
        assertThrows(IllegalArgumentException.class, () -> cells.createCell(wf.workflowRelative("../a.npy")));
        assertThrows(IllegalArgumentException.class, () -> cells.createCell(wf.local("a.npy")));
    }

    @Test
    void pngCellsHoldImages() {
        assertThrows(IllegalArgumentException.class, () -> PNGImageCellFactory.create(new byte[]{1, 2, 3}));
    }

    @Test
    void workflowRelativePathsCannotSeeInsideTheWorkflowAndDataAreaPathsStayInside() throws Exception {
        KitWorkflow wf = KitWorkflow.create(tmp);
        Files.createDirectories(wf.dataArea().resolve("x"));
        try (FSConnection c = wf.connect(wf.workflowRelative("data/x"))) {
            FSPath inside = c.getFileSystem().getPath(wf.workflowRelative("data/x"));
            assertFalse(Files.exists(inside), "files inside the workflow are not visible relative to it");
            assertThrows(NoSuchFileException.class, () -> Files.list(inside).close());
            assertTrue(Files.isDirectory(c.getFileSystem().getPath("../")), "the workflow's group folder");
        }
        try (FSConnection c = wf.connect(wf.dataAreaRelative("x"))) {
            assertTrue(Files.isDirectory(c.getFileSystem().getPath(wf.dataAreaRelative("x"))));
            assertFalse(Files.exists(c.getFileSystem().getPath("../workflow.knime")), "nothing above the data area");
        }
        FSConnection c = wf.connect(wf.local(""));
        FSPath p = c.getFileSystem().getPath(wf.local(""));
        c.close();
        assertThrows(ClosedFileSystemException.class, () -> p.getFileSystem().provider().checkAccess(p));
    }

    @Test
    void rowByRowProgressEndsAtOneAndNeverGoesBack() throws Exception {
        KitWorkflow wf = KitWorkflow.create(tmp.resolve("ws"));
        Path in = Files.createDirectories(wf.localFolder().resolve("npy"));
        Files.copy(Samples.npyImage(), in.resolve("a.npy"));
        Files.copy(Samples.npyImage(), in.resolve("b.npy"));
        ExecutionContext exec = new ExecutionContext(tmp.resolve("fs"));
        List<Double> seen = new ArrayList<>();
        exec.kitOnProgress((p, m) -> seen.add(p));
        NpyReaderParameters p = set(defaults(NpyReaderParameters.class), "m_location", wf.local("npy"));
        assertEquals(2, KitNode.create(wf, new NpyReaderNodeFactory()).executeTable(p, exec).size());
        assertFalse(seen.isEmpty());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1), "progress goes back at report " + i + ": " + seen);
        }
        assertEquals(1.0, seen.get(seen.size() - 1), 1e-9, "ends at 1: " + seen);
        assertTrue(seen.stream().anyMatch(v -> v > 0.4 && v < 0.6), "half-way after the first of two files: "
            + seen);
    }
}

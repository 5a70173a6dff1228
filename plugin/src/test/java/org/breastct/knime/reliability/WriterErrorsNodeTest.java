package org.breastct.knime.reliability;

import static org.breastct.knime.runtime.kit.KitParameters.defaults;
import static org.breastct.knime.runtime.kit.KitParameters.set;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.breastct.io.npy.NpyReader;
import org.breastct.knime.node.FileNodeFactory;
import org.breastct.knime.node.dicomwriter.DicomWriterNodeFactory;
import org.breastct.knime.node.dicomwriter.DicomWriterParameters;
import org.breastct.knime.node.npywriter.NpyWriterNodeFactory;
import org.breastct.knime.node.npywriter.NpyWriterParameters;
import org.breastct.knime.runtime.kit.KitNode;
import org.breastct.knime.runtime.kit.KitWorkflow;
import org.breastct.knime.util.OverwritePolicy;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.ShortVolume;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.filehandling.core.port.FileSystemPortObject;

/**
 * The writer nodes (NPY Writer, DICOM Writer; configure + execute on the in-memory KNIME runtime)
 * when writing fails: the error names the file and the cause in one line (and the row), and nothing
 * partial or temporary is left in the output folder or in the temporary folder, on the local disk and
 * on a file system that is not (a connected one: written through a local copy). Two writers into one
 * folder at the same time (parallel branches) each write their outputs whole: the writers take no
 * folder lock, by decision ({@code OutputFolder}).
 */
class WriterErrorsNodeTest {

    @TempDir
    Path tmp;

    private KitWorkflow wf;

    private ExecutionContext exec;

    private ShortVolume image;

    private ByteVolume labels;

    @BeforeEach
    void workspace() {
        wf = KitWorkflow.create(tmp.resolve("workspace"));
        exec = new ExecutionContext(tmp.resolve("filestores"));
        image = Fixtures.breast("b1");
        labels = Fixtures.labels(image);
    }

    private NpyWriterParameters npyTo(final String folder) {
        return set(defaults(NpyWriterParameters.class), "m_outputFolder", wf.local(folder));
    }

    private DicomWriterParameters dicomTo(final String folder) {
        return set(defaults(DicomWriterParameters.class), "m_outputFolder", wf.local(folder));
    }

    @Test
    void anOutputFolderThatIsAFileIsNamed() throws Exception {
        Path file = Files.writeString(wf.localFolder().resolve("out"), "a file");
        BufferedDataTable in = Fixtures.volumes(exec, image, labels, "b1");
        Exception e = assertThrows(Exception.class,
                () -> KitNode.create(wf, new NpyWriterNodeFactory()).executeTable(npyTo("out"), exec, in));
        assertEquals("Output folder '" + file + "' is a file, not a folder", e.getMessage());
        e = assertThrows(Exception.class,
                () -> KitNode.create(wf, new DicomWriterNodeFactory()).executeTable(dicomTo("out"), exec, in));
        assertEquals("Output folder '" + file + "' is a file, not a folder", e.getMessage());
        assertEquals("a file", Files.readString(file), "untouched");
    }

    @Test
    void aFolderInTheWayOfTheOutputFileIsNamedWithTheCause() throws Exception {
        Path local = wf.localFolder().resolve("out");
        Path remote = tmp.resolve("remote").resolve("out");
        for (Path out : List.of(local, remote)) {
            Path inTheWay = Files.createDirectories(out.resolve("segmentation_b1.npy"));
            Files.writeString(inTheWay.resolve("notes.txt"), "someone's notes");
        }
        BufferedDataTable in = Fixtures.volumes(exec, image, labels, "b1");
        NpyWriterParameters p = set(npyTo("out"), "m_overwritePolicy", OverwritePolicy.OVERWRITE);
        Exception e = assertThrows(Exception.class,
                () -> KitNode.create(wf, new NpyWriterNodeFactory()).executeTable(p, exec, in));
        assertEquals("Row 'b1': " + local.resolve("segmentation_b1.npy") + ": a folder is in the way", e.getMessage());

        // the same through a file system that is not local (written through a local copy): the folder is kept
        NpyWriterParameters r = set(set(defaults(NpyWriterParameters.class), "m_outputFolder",
                KitWorkflow.connected("kit-remote", "/out")), "m_overwritePolicy", OverwritePolicy.OVERWRITE);
        FileSystemPortObject port = KitWorkflow.connectedPort(tmp.resolve("remote"), "kit-remote");
        e = assertThrows(Exception.class, () -> KitNode.create(wf, new NpyWriterNodeFactory(),
                FileNodeFactory.FILE_SYSTEM_GROUP).executeTable(r, exec, in, port));
        assertTrue(e.getMessage().startsWith("Row 'b1': ") && e.getMessage().endsWith(
                "segmentation_b1.npy: a folder is in the way"), e.getMessage());
        for (Path out : List.of(local, remote)) {
            assertEquals(List.of("segmentation_b1.npy", "segmentation_b1.npy/notes.txt"), Fixtures.tree(out),
                    "the folder kept, nothing else written, no temporary file");
        }
    }

    @Test
    void aCancelledWriteLeavesNothing() throws Exception {
        BufferedDataTable in = Fixtures.volumes(exec, image, labels, "b1", "b2");
        List<String> before = Fixtures.temporaryCopies();
        // cancel while the first row is written (halfway through the node's progress: during row 1 of 2)
        for (boolean dicom : new boolean[]{false, true}) {
            ExecutionContext run = new ExecutionContext(tmp.resolve("filestores-" + dicom));
            run.kitOnProgress((progress, message) -> {
                if (progress > 0.25) {
                    run.kitCancel();
                }
            });
            KitNode<?> node = dicom ? KitNode.create(wf, new DicomWriterNodeFactory())
                    : KitNode.create(wf, new NpyWriterNodeFactory());
            assertThrows(CanceledExecutionException.class,
                    () -> node.executeTable(dicom ? dicomTo("out") : npyTo("out"), run, in));
            assertEquals(List.of(), Fixtures.tree(wf.localFolder().resolve("out")), "nothing written, no temporary");
        }
        assertEquals(before, Fixtures.temporaryCopies());
    }

    @Test
    void writingToAConnectedFileSystemLeavesOnlyTheOutputs() throws Exception {
        Path remote = Files.createDirectories(tmp.resolve("remote"));
        FileSystemPortObject port = KitWorkflow.connectedPort(remote, "kit-remote");
        BufferedDataTable in = Fixtures.volumes(exec, image, labels, "b1", "b2");
        List<String> before = Fixtures.temporaryCopies();
        KitNode.create(wf, new NpyWriterNodeFactory(), FileNodeFactory.FILE_SYSTEM_GROUP).executeTable(
                set(defaults(NpyWriterParameters.class), "m_outputFolder", KitWorkflow.connected("kit-remote", "/out")),
                exec, in, port);
        KitNode.create(wf, new DicomWriterNodeFactory(), FileNodeFactory.FILE_SYSTEM_GROUP).executeTable(
                set(defaults(DicomWriterParameters.class), "m_outputFolder",
                        KitWorkflow.connected("kit-remote", "/out")), exec, in, port);
        List<String> tree = Fixtures.tree(remote.resolve("out"));
        List<String> expected = new ArrayList<>(List.of("segmentation_b1", "segmentation_b1.npy", "segmentation_b2",
                "segmentation_b2.npy"));
        for (String id : List.of("b1", "b2")) {
            for (int z = 0; z < Fixtures.SLICES; z++) {
                expected.add("segmentation_" + id + "/" + org.breastct.io.dicom.DicomSeriesWriter.fileName(z));
            }
        }
        assertEquals(expected.stream().sorted().toList(), tree);
        ByteVolume back = (ByteVolume)NpyReader.read(remote.resolve("out/segmentation_b2.npy"));
        assertArrayEquals(labels.data(), back.data());
        assertEquals(before, Fixtures.temporaryCopies(), "local copies removed");
    }

    @Test
    void twoWritersIntoOneFolderAtOnceWriteEveryOutputWhole() throws Exception {
        Path remote = Files.createDirectories(tmp.resolve("remote"));
        String[] a = {"a0", "a1", "a2", "a3", "a4", "a5"};
        String[] b = {"b0", "b1", "b2", "b3", "b4", "b5"};
        BufferedDataTable inA = Fixtures.volumes(exec, image, labels, a);
        BufferedDataTable inB = Fixtures.volumes(exec, image, labels, b);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<BufferedDataTable>> runs = new ArrayList<>();
            for (BufferedDataTable in : List.of(inA, inB)) {
                // each branch has its own connection (port) to the same storage, as parallel branches do
                FileSystemPortObject port = KitWorkflow.connectedPort(remote, "kit-remote");
                KitNode<?> node = KitNode.create(wf, new NpyWriterNodeFactory(), FileNodeFactory.FILE_SYSTEM_GROUP);
                NpyWriterParameters p = set(defaults(NpyWriterParameters.class), "m_outputFolder",
                        KitWorkflow.connected("kit-remote", "/out"));
                ExecutionContext run = new ExecutionContext(tmp.resolve("filestores-" + runs.size()));
                runs.add(pool.submit(() -> node.executeTable(p, run, in, port)));
            }
            for (Future<BufferedDataTable> f : runs) {
                assertEquals(6, f.get().size());
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> expected = new ArrayList<>();
        for (String id : a) {
            expected.add("segmentation_" + id + ".npy");
        }
        for (String id : b) {
            expected.add("segmentation_" + id + ".npy");
        }
        assertEquals(expected, Fixtures.tree(remote.resolve("out")), "every output, no temporary file");
        for (String name : expected) {
            assertArrayEquals(labels.data(), ((ByteVolume)NpyReader.read(remote.resolve("out").resolve(name))).data(),
                    name);
        }
    }
}

package org.breastct.knime.runtime;

import static org.breastct.knime.runtime.kit.KitParameters.defaults;
import static org.breastct.knime.runtime.kit.KitParameters.set;
import static org.breastct.knime.runtime.kit.KitTables.cell;
import static org.breastct.knime.runtime.kit.KitTables.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.io.dicom.DicomSeriesReader;
import org.breastct.io.npy.NpyReader;
import org.breastct.knime.data.VolumeValue;
import org.breastct.knime.node.FileNodeFactory;
import org.breastct.knime.node.dicomreader.DicomReaderNodeFactory;
import org.breastct.knime.node.dicomreader.DicomReaderParameters;
import org.breastct.knime.node.dicomwriter.DicomWriterNodeFactory;
import org.breastct.knime.node.dicomwriter.DicomWriterParameters;
import org.breastct.knime.node.dicomwriter.DicomWriterSettings;
import org.breastct.knime.node.npyreader.NpyReaderNodeFactory;
import org.breastct.knime.node.npyreader.NpyReaderNodeInfo;
import org.breastct.knime.node.npyreader.NpyReaderParameters;
import org.breastct.knime.node.npyreader.NpyReaderSettings;
import org.breastct.knime.node.npywriter.NpyWriterNodeFactory;
import org.breastct.knime.node.npywriter.NpyWriterParameters;
import org.breastct.knime.runtime.kit.KitNode;
import org.breastct.knime.runtime.kit.KitTables;
import org.breastct.knime.runtime.kit.KitWorkflow;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.VoxelType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.port.PortObject;
import org.knime.filehandling.core.connections.FSLocation;
import org.knime.filehandling.core.data.location.FSLocationValue;
import org.knime.filehandling.core.port.FileSystemPortObject;

/**
 * Every I/O node (DICOM Reader, NPY Reader, NPY Writer, DICOM Writer) reads and writes a location on the local file
 * system, relative to the current workflow (outside the workflow folder, as KNIME requires), in the workflow data
 * area, and on a connected file system that is not on the local disk (File System port: files are downloaded and
 * uploaded). Inputs are the example workflows' sample files; outputs are read back and the Path cells must name
 * them on the chosen file system; the NPY Writer's Path column feeds the NPY Reader's optional table.
 */
class LocationsTest {

    /** Where the files are. */
    enum Place {
        LOCAL, WORKFLOW_RELATIVE, DATA_AREA, CONNECTED
    }

    private static final String REMOTE = "kit-remote";

    @TempDir
    Path tmp;

    private KitWorkflow m_wf;

    private FileSystemPortObject m_port;

    private int m_executions;

    /** A new execution context, one per node execution as in KNIME (file stores are per execution). */
    private ExecutionContext exec() {
        return new ExecutionContext(tmp.resolve("filestores-" + m_executions++));
    }

    private KitWorkflow wf() {
        if (m_wf == null) {
            m_wf = KitWorkflow.create(tmp.resolve("workspace"));
            m_port = KitWorkflow.connectedPort(tmp.resolve("remote"), REMOTE);
        }
        return m_wf;
    }

    /** The local folder behind {@code name} at {@code place}. */
    private Path folder(final Place place, final String name) {
        return switch (place) {
            case LOCAL -> wf().localFolder().resolve(name);
            case WORKFLOW_RELATIVE -> wf().mountpoint().resolve("group").resolve(name);
            case DATA_AREA -> wf().dataArea().resolve(name);
            case CONNECTED -> tmp.resolve("remote").resolve(name);
        };
    }

    /** The location of {@code name} at {@code place}. */
    private FSLocation location(final Place place, final String name) {
        return switch (place) {
            case LOCAL -> wf().local(name);
            case WORKFLOW_RELATIVE -> wf().workflowRelative("../" + name);
            case DATA_AREA -> wf().dataAreaRelative(name);
            case CONNECTED -> KitWorkflow.connected(REMOTE, "/" + name);
        };
    }

    private String[] groups(final Place place) {
        return place == Place.CONNECTED ? new String[]{FileNodeFactory.FILE_SYSTEM_GROUP} : new String[0];
    }

    private PortObject port(final Place place) {
        return place == Place.CONNECTED ? m_port : null;
    }

    /** Reader inputs: the File System port (if any) comes first. */
    private PortObject[] readerInputs(final Place place) {
        return place == Place.CONNECTED ? new PortObject[]{m_port} : new PortObject[0];
    }

    /** Writer inputs: the table, then the File System port (if any). */
    private PortObject[] writerInputs(final Place place, final BufferedDataTable table) {
        return place == Place.CONNECTED ? new PortObject[]{table, port(place)} : new PortObject[]{table};
    }

    /** The local file behind a Path cell, checking that the cell is on the file system of {@code place}. */
    private Path local(final Place place, final FSLocation cellLocation, final String expectedName) {
        FSLocation folder = location(place, expectedName);
        assertEquals(folder.getFileSystemCategory(), cellLocation.getFileSystemCategory(), "Path cell's file system");
        assertEquals(folder.getFileSystemSpecifier(), cellLocation.getFileSystemSpecifier(), "Path cell's specifier");
        if (place == Place.CONNECTED) {
            return tmp.resolve("remote").resolve(cellLocation.getPath().substring(1));
        }
        return wf().toLocal(cellLocation);
    }

    private static List<String> names(final Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private BufferedDataTable readNpy(final Place place, final String include,
        final String columnName) throws Exception {
        KitNode<?> reader = KitNode.create(wf(), new NpyReaderNodeFactory(), groups(place));
        NpyReaderParameters p = set(defaults(NpyReaderParameters.class), "m_location", location(place, "in"));
        set(p, "m_includePattern", include);
        set(p, "m_excludePattern", "");
        set(p, "m_columnName", columnName);
        BufferedDataTable t = reader.executeTable(p, exec(), readerInputs(place));
        assertNull(reader.warning(), "NPY Reader warning");
        return t;
    }

    @ParameterizedTest
    @EnumSource(Place.class)
    void npyReaderAndWriter(final Place place) throws Exception {
        Path in = Files.createDirectories(folder(place, "in"));
        Files.copy(Samples.npyImage(), in.resolve(Samples.ID + ".npy"));
        Files.copy(Samples.npyLabels(), in.resolve("segmentation_" + Samples.ID + ".npy"));

        BufferedDataTable labels = readNpy(place, "segmentation_*.npy", "labels");
        List<DataRow> rows = rows(labels);
        assertEquals(1, rows.size());
        DataRow r = rows.get(0);
        assertEquals(Samples.ID, r.getKey().getString(), "id without the 'segmentation_' prefix");
        ByteVolume v = (ByteVolume)((VolumeValue)cell(labels.getSpec(), r, "labels")).getVolume(Progress.NONE);
        assertArrayEquals(((ByteVolume)NpyReader.read(Samples.npyLabels(), VoxelType.UINT8)).data(), v.data());
        FSLocation read = ((FSLocationValue)cell(labels.getSpec(), r, NpyReaderSettings.PATH_COLUMN)).getFSLocation();
        assertEquals(in.resolve("segmentation_" + Samples.ID + ".npy").toAbsolutePath().normalize(),
            local(place, read, "in").toAbsolutePath().normalize(), "Path cell = the file read");

        KitNode<?> writer = KitNode.create(wf(), new NpyWriterNodeFactory(), groups(place));
        NpyWriterParameters wp = set(defaults(NpyWriterParameters.class), "m_outputFolder", location(place, "out"));
        BufferedDataTable written = writer.executeTable(wp, exec(), writerInputs(place, labels));
        DataRow w = rows(written).get(0);
        FSLocation out = ((FSLocationValue)cell(written.getSpec(), w, wp.toSettings().pathColumn())).getFSLocation();
        Path file = local(place, out, "out");
        assertEquals(folder(place, "out").resolve("segmentation_" + Samples.ID + ".npy").toAbsolutePath().normalize(),
            file.toAbsolutePath().normalize());
        assertArrayEquals(v.data(), ((ByteVolume)NpyReader.read(file, VoxelType.UINT8)).data(), "written = read");
        assertEquals(List.of("segmentation_" + Samples.ID + ".npy"), names(folder(place, "out")),
            "only the output in the folder (no temporary files)");

        // the writer's Path column into the NPY Reader's optional table (as List Files/Folders -> NPY Reader)
        KitNode<?> again = KitNode.create(wf(), new NpyReaderNodeFactory(), place == Place.CONNECTED
            ? new String[]{FileNodeFactory.FILE_SYSTEM_GROUP, NpyReaderNodeInfo.TABLE_PORT}
            : new String[]{NpyReaderNodeInfo.TABLE_PORT});
        String pathColumn = wp.toSettings().pathColumn();
        DataTableSpec pathsOnly = new DataTableSpec(written.getSpec().getColumnSpec(pathColumn));
        BufferedDataTable paths = KitTables.table(exec(), pathsOnly,
            new DefaultRow(w.getKey(), cell(written.getSpec(), w, pathColumn)));
        NpyReaderParameters ap = set(defaults(NpyReaderParameters.class), "m_pathColumn", pathColumn);
        BufferedDataTable reread = again.executeTable(ap, exec(),
            place == Place.CONNECTED ? new PortObject[]{m_port, paths} : new PortObject[]{paths});
        DataRow rr = rows(reread).get(0);
        assertEquals(Samples.ID, cell(reread.getSpec(), rr, NpyReaderSettings.ID_COLUMN).toString());
        assertArrayEquals(v.data(), ((ByteVolume)((VolumeValue)cell(reread.getSpec(), rr, "image"))
            .getVolume(Progress.NONE)).data(), "read back through the Path column");
    }

    @ParameterizedTest
    @EnumSource(Place.class)
    void dicomReaderAndWriter(final Place place) throws Exception {
        Samples.copySeries(folder(place, "in"));

        KitNode<?> reader = KitNode.create(wf(), new DicomReaderNodeFactory(), groups(place));
        DicomReaderParameters rp = set(defaults(DicomReaderParameters.class), "m_folder", location(place, "in"));
        BufferedDataTable read = reader.executeTable(rp, exec(), readerInputs(place));
        assertNull(reader.warning(), "DICOM Reader warning");
        List<DataRow> rows = rows(read);
        assertEquals(1, rows.size());
        ShortVolume image = (ShortVolume)((VolumeValue)cell(read.getSpec(), rows.get(0), "image"))
            .getVolume(Progress.NONE);
        assertArrayEquals(((ShortVolume)NpyReader.read(Samples.npyImage(), VoxelType.INT16)).data(), image.data(),
            "image = the CLI's dicom2npy of the series");

        // labels for the writer from the NPY Reader (local file system)
        Path npyIn = Files.createDirectories(wf().localFolder().resolve("in"));
        Files.copy(Samples.npyLabels(), npyIn.resolve("segmentation_" + Samples.ID + ".npy"),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BufferedDataTable labels = readNpy(Place.LOCAL, "segmentation_*.npy", "labels");
        ByteVolume v = (ByteVolume)((VolumeValue)cell(labels.getSpec(), rows(labels).get(0), "labels"))
            .getVolume(Progress.NONE);

        KitNode<?> writer = KitNode.create(wf(), new DicomWriterNodeFactory(), groups(place));
        DicomWriterParameters wp = set(defaults(DicomWriterParameters.class), "m_outputFolder", location(place, "out"));
        BufferedDataTable written = writer.executeTable(wp, exec(), writerInputs(place, labels));
        FSLocation out = ((FSLocationValue)cell(written.getSpec(), rows(written).get(0),
            DicomWriterSettings.PATH_COLUMN)).getFSLocation();
        Path series = local(place, out, "out");
        assertEquals(folder(place, "out").resolve("segmentation_" + Samples.ID).toAbsolutePath().normalize(),
            series.toAbsolutePath().normalize());
        assertEquals(List.of("segmentation_" + Samples.ID), names(folder(place, "out")),
            "only the series in the folder (no partial folders)");
        assertEquals(v.dims().nz(), names(series).size(), "one file per slice");
        ShortVolume back = DicomSeriesReader.read(series, new DicomReadOptions(false, 0, 0, false), Progress.NONE)
            .volume();
        for (int i = 0; i < v.data().length; i++) {
            assertTrue((v.data()[i] & 0xff) == back.data()[i], "voxel " + i + " written as HU = label");
        }
    }
}

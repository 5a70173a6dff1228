package org.breastct.knime.node.dicomreader;

import static org.breastct.knime.node.dicomreader.DicomReaderColumns.*;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.breastct.io.dicom.DicomSeries;
import org.breastct.io.dicom.DicomSeriesInfo;
import org.breastct.io.dicom.DicomSeriesReader;
import org.breastct.knime.data.FileStoreNames;
import org.breastct.knime.data.VolumeCell;
import org.breastct.knime.data.VolumeCellFactory;
import org.breastct.knime.fs.LocalFiles;
import org.breastct.knime.fs.OpenLocation;
import org.breastct.knime.fs.PathCells;
import org.breastct.knime.node.BreastCtNodeModel;
import org.breastct.knime.node.Columns;
import org.breastct.knime.node.FileNodeFactory;
import org.breastct.knime.util.KnimeProgress;
import org.breastct.knime.util.Messages;
import org.breastct.progress.CancelledException;
import org.breastct.progress.Progress;
import org.breastct.volume.ShortVolume;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.context.ports.PortsConfiguration;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.filehandling.core.connections.FSConnection;
import org.knime.filehandling.core.connections.FSPath;
import org.knime.filehandling.core.data.location.FSLocationValue;
import org.knime.filehandling.core.port.FileSystemPortObject;

/**
 * DICOM Reader: one row per breast (engine {@link DicomSeriesReader}). Without an input table the
 * configured folder is either one series folder (it directly holds DICOM files) or a folder with one
 * series subfolder per breast; a file stands for its folder. With the optional input table, each
 * row's Path is one series (a folder, or a file of it) and the reader's columns are appended to that
 * row. Series are read through a local folder ({@link LocalFiles}: the folder itself when KNIME maps
 * it to the local disk, a temporary copy otherwise). A breast that cannot be read gives a row with
 * missing cells and its error in "warnings", and a node warning; with "fail fast" the node stops
 * instead.
 */
final class DicomReaderNodeModel extends BreastCtNodeModel<DicomReaderParameters, DicomReaderSettings> {

    private final int fsPort;

    private final int tablePort;

    DicomReaderNodeModel(final PortsConfiguration ports) {
        super(ports.getInputPorts(), ports.getOutputPorts(), DicomReaderParameters.class);
        fsPort = FileNodeFactory.portIndex(ports, FileNodeFactory.FILE_SYSTEM_GROUP);
        tablePort = FileNodeFactory.portIndex(ports, DicomReaderNodeInfo.TABLE_PORT);
    }

    private static DataColumnSpec[] readerColumns() {
        return new DataColumnSpec[]{Columns.column(ID, StringCell.TYPE), Columns.column(IMAGE, VolumeCell.TYPE),
            Columns.column(CYLINDER, VolumeCell.TYPE), Columns.column(SLICES, IntCell.TYPE),
            Columns.column(ROWS, IntCell.TYPE), Columns.column(COLUMNS, IntCell.TYPE),
            Columns.column(SPACING_Z, DoubleCell.TYPE), Columns.column(SPACING_Y, DoubleCell.TYPE),
            Columns.column(SPACING_X, DoubleCell.TYPE), Columns.column(PATIENT_ID, StringCell.TYPE),
            Columns.column(STUDY_UID, StringCell.TYPE), Columns.column(SERIES_UID, StringCell.TYPE),
            Columns.column(STUDY_DATE, StringCell.TYPE), Columns.column(SERIES_DESCRIPTION, StringCell.TYPE),
            Columns.column(WARNINGS, StringCell.TYPE)};
    }

    @Override
    protected DataTableSpec outputSpec(final PortObjectSpec[] in, final DicomReaderParameters p,
            final DicomReaderSettings s) throws InvalidSettingsException {
        DataTableSpec table = tablePort < 0 ? null : tableSpec(in, tablePort);
        if (table == null) {
            OpenLocation.check(p.m_folder, fsPort, "Input folder");
            return new DataTableSpec(readerColumns());
        }
        PathCells.column(table, s.pathColumn());
        return appended(table, readerColumns());
    }

    @Override
    protected BufferedDataTable run(final PortObject[] in, final DataTableSpec outSpec, final DicomReaderParameters p,
            final DicomReaderSettings s, final ExecutionContext exec) throws Exception {
        BufferedDataTable table = tablePort < 0 ? null : (BufferedDataTable)in[tablePort];
        BufferedDataContainer out = exec.createDataContainer(outSpec);
        List<String> failed = new ArrayList<>();
        long total;
        try {
            total = table == null ? readLocation(in, p, s, exec, out, failed) : readTable(in, table, s, exec, out,
                    failed);
        } finally {
            out.close();
        }
        if (!failed.isEmpty()) {
            setWarningMessage(failed.size() + " of " + total + " breasts could not be read ("
                    + String.join(", ", failed) + "); see the 'warnings' column");
        }
        return out.getTable();
    }

    /** Location mode: the breasts of the configured folder; returns their number. */
    private long readLocation(final PortObject[] in, final DicomReaderParameters p, final DicomReaderSettings s,
            final ExecutionContext exec, final BufferedDataContainer out, final List<String> failed)
            throws Exception {
        try (OpenLocation root = OpenLocation.open(p.m_folder, in, fsPort, "Input folder")) {
            FSPath folder = root.path();
            if (Files.isRegularFile(folder)) {
                folder = (FSPath)folder.getParent();
            }
            if (!Files.isDirectory(folder)) {
                throw new IOException("Input folder '" + folder + "' does not exist or is not a folder");
            }
            List<FSPath> series = isSeriesFolder(folder) ? List.of(folder) : breastFolders(folder);
            if (series.isEmpty()) {
                setWarningMessage("'" + folder + "' holds no DICOM files and no breast subfolders");
            }
            for (int i = 0; i < series.size(); i++) {
                exec.checkCanceled();
                FSPath f = series.get(i);
                String id = f.getFileName() == null ? f.toString() : f.getFileName().toString();
                ExecutionContext sub = exec.createSubExecutionContext(1.0 / series.size());
                Progress progress = KnimeProgress.of(sub, "Breast " + (i + 1) + "/" + series.size() + " '" + id
                        + "'");
                out.addRowToTable(new DefaultRow(new RowKey(id), readOrReport(f, id, i, s, sub, progress, failed)));
            }
            return series.size();
        }
    }

    /** Table mode: one series per row of the input table; returns the number of rows. */
    private long readTable(final PortObject[] in, final BufferedDataTable table, final DicomReaderSettings s,
            final ExecutionContext exec, final BufferedDataContainer out, final List<String> failed)
            throws Exception {
        int col = PathCells.column(table.getDataTableSpec(), s.pathColumn());
        Optional<FSConnection> port =
                fsPort < 0 ? Optional.empty() : FileSystemPortObject.getFileSystemConnection(in, fsPort);
        long n = table.size();
        long i = 0;
        for (DataRow row : table) {
            exec.checkCanceled();
            String rowId = row.getKey().getString();
            ExecutionContext sub = exec.createSubExecutionContext(1.0 / Math.max(1, n));
            Progress progress = KnimeProgress.of(sub, "Row " + (i + 1) + "/" + n + " '" + rowId + "'");
            DataCell[] added;
            DataCell c = row.getCell(col);
            if (c.isMissing()) {
                added = missing();
            } else {
                try (OpenLocation loc = OpenLocation.open(((FSLocationValue)c).getFSLocation(), port,
                        "Path of row '" + rowId + "'")) {
                    FSPath f = Files.isRegularFile(loc.path()) ? (FSPath)loc.path().getParent() : loc.path();
                    String id = f.getFileName() == null ? rowId : f.getFileName().toString();
                    added = readOrReport(f, id, i, s, sub, progress, failed);
                } catch (InvalidSettingsException e) {
                    if (s.failFast()) {
                        throw e;
                    }
                    failed.add(rowId);
                    added = failedRow(rowId, e.getMessage());
                }
            }
            List<DataCell> cells = new ArrayList<>();
            for (int k = 0; k < row.getNumCells(); k++) {
                cells.add(row.getCell(k));
            }
            cells.addAll(List.of(added));
            out.addRowToTable(new DefaultRow(row.getKey(), cells));
            i++;
        }
        return n;
    }

    /** Reads one series; a failure becomes a reported row unless "fail fast". */
    private DataCell[] readOrReport(final FSPath folder, final String id, final long index,
            final DicomReaderSettings s, final ExecutionContext exec, final Progress p, final List<String> failed)
            throws Exception {
        try {
            return readBreast(folder, index, s, exec, p);
        } catch (CancelledException e) {
            throw e;
        } catch (Exception e) {
            String msg = "Breast '" + id + "' (" + folder + "): " + Messages.describe(e);
            if (s.failFast()) {
                throw new IllegalArgumentException(msg, e);
            }
            getLogger().warn(msg, e);
            failed.add(id);
            return failedRow(id, msg);
        }
    }

    /** True if {@code folder} directly holds a DICOM file (the engine's rule, on any file system). */
    private static boolean isSeriesFolder(final FSPath folder) throws IOException {
        List<FSPath> files;
        try (Stream<java.nio.file.Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).map(FSPath.class::cast).sorted().toList();
        }
        for (FSPath f : files) {
            try (LocalFiles.Local l = LocalFiles.file(f)) {
                if (DicomSeriesReader.isDicomFile(l.path())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<FSPath> breastFolders(final FSPath root) throws IOException {
        return DicomSeriesReader.listBreastFolders(root).stream().map(FSPath.class::cast).toList();
    }

    private static DataCell[] readBreast(final FSPath folder, final long index, final DicomReaderSettings s,
            final ExecutionContext exec, final Progress p) throws Exception {
        DicomSeries ds;
        try (LocalFiles.Local local = LocalFiles.folder(folder)) {
            ds = DicomSeriesReader.read(local.path(), s.toOptions(), p.sub(0, 0.7));
        }
        ShortVolume v = ds.volume();
        DicomSeriesInfo info = ds.info();
        VolumeCell image = VolumeCellFactory.create(exec, FileStoreNames.of(index, "image"), v, p.sub(0.7, 0.98));
        DataCell cylinder = ds.cylinderRing() == null ? DataType.getMissingCell()
                : VolumeCellFactory.create(exec, FileStoreNames.of(index, "cylinder"), ds.cylinderRing(),
                        p.sub(0.98, 1));
        String warnings = String.join("; ", ds.warnings());
        return new DataCell[]{new StringCell(v.id()), image, cylinder, new IntCell(v.dims().nz()),
            new IntCell(info.rows()), new IntCell(info.columns()), new DoubleCell(v.spacing().z()),
            new DoubleCell(v.spacing().y()), new DoubleCell(v.spacing().x()), new StringCell(info.patientId()),
            new StringCell(info.studyInstanceUid()), new StringCell(info.seriesInstanceUid()),
            new StringCell(info.studyDate()), new StringCell(info.seriesDescription()),
            warnings.isEmpty() ? DataType.getMissingCell() : new StringCell(warnings)};
    }

    /** All reader cells missing. */
    private static DataCell[] missing() {
        DataCell[] cells = new DataCell[ALL.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = DataType.getMissingCell();
        }
        return cells;
    }

    private static DataCell[] failedRow(final String id, final String message) {
        DataCell[] cells = missing();
        cells[0] = new StringCell(id);
        cells[cells.length - 1] = new StringCell("FAILED: " + message);
        return cells;
    }
}

package org.breastct.knime.node.dicomreader;

import static org.breastct.knime.node.dicomreader.DicomReaderColumns.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.breastct.io.dicom.DicomDiscovery;
import org.breastct.io.dicom.DicomSeries;
import org.breastct.io.dicom.DicomSeriesException;
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
 * breasts of the configured folder are found by the engine's {@link DicomDiscovery#find} (a series
 * folder, a folder of breast folders, nested STUDY/SERIES folders, a CD layout with DICOMDIR; a
 * folder without a readable image is a failed breast), the same as the CLI; a file stands for its
 * folder. With the optional input table, each
 * row's Path is one series (a folder, or a file of it; found below the folder by the same discovery,
 * which must give exactly one readable series) and the reader's columns are appended to that row.
 * Series are read through a local folder ({@link LocalFiles}: the folder itself when KNIME maps it to
 * the local disk, a temporary copy of its tree otherwise). A breast that cannot be read gives a row with
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
            try (LocalFiles.Local local = LocalFiles.tree(folder)) {
                DicomDiscovery.Found found = DicomDiscovery.find(local.path());
                for (String note : found.notes()) {
                    getLogger().warn(note, null);
                }
                List<DicomDiscovery.BreastFolder> breasts = found.breasts();
                if (breasts.isEmpty()) {
                    setWarningMessage("'" + folder + "' holds no DICOM files and no breast subfolders"
                            + (found.notes().isEmpty() ? "" : " (" + String.join("; ", found.notes()) + ")"));
                }
                for (int i = 0; i < breasts.size(); i++) {
                    exec.checkCanceled();
                    DicomDiscovery.BreastFolder b = breasts.get(i);
                    int index = i;
                    ExecutionContext sub = exec.createSubExecutionContext(1.0 / breasts.size());
                    Progress progress = KnimeProgress.of(sub, "Breast " + (i + 1) + "/" + breasts.size() + " '"
                            + b.uid() + "'");
                    DataCell[] cells = readOrReport(b.uid(), b.folder().toString(), s, failed,
                            () -> readDiscovered(b, index, s, sub, progress));
                    out.addRowToTable(new DefaultRow(new RowKey(b.uid()), cells));
                }
                return breasts.size();
            }
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
                    long index = i;
                    added = readOrReport(id, f.toString(), s, failed, () -> {
                        try (LocalFiles.Local local = LocalFiles.tree(f)) {
                            return readBreast(seriesOf(local.path()), id, index, s, sub, progress);
                        }
                    });
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

    /** One breast's reading, giving its reader cells. */
    @FunctionalInterface
    private interface Reading {
        DataCell[] read() throws Exception;
    }

    /** Reads one series; a failure becomes a reported row unless "fail fast". */
    private DataCell[] readOrReport(final String id, final String where, final DicomReaderSettings s,
            final List<String> failed, final Reading reading) throws Exception {
        try {
            return reading.read();
        } catch (CancelledException e) {
            throw e;
        } catch (Exception e) {
            String msg = "Breast '" + id + "' (" + where + "): " + Messages.describe(e);
            if (s.failFast()) {
                throw new IllegalArgumentException(msg, e);
            }
            getLogger().warn(msg, e);
            failed.add(id);
            return failedRow(id, msg);
        }
    }

    /**
     * The series folder of one row's folder, found by {@link DicomDiscovery#find} as in the location
     * mode and the CLI: the folder itself, the one series nested below it ({@code STUDY/SERIES}) or the
     * one series of a CD layout with DICOMDIR. A folder that yields a failed breast, several series or
     * none is an error naming the folder (the row fails, it never vanishes).
     */
    private static Path seriesOf(final Path folder) throws IOException {
        DicomDiscovery.Found found = DicomDiscovery.find(folder);
        List<DicomDiscovery.BreastFolder> breasts = found.breasts();
        if (breasts.size() == 1) {
            DicomDiscovery.BreastFolder b = breasts.get(0);
            if (!b.ok()) {
                throw new DicomSeriesException(b.problem());
            }
            return b.folder();
        }
        if (breasts.size() > 1) {
            List<String> names = new ArrayList<>();
            for (DicomDiscovery.BreastFolder b : breasts.subList(0, Math.min(3, breasts.size()))) {
                names.add(folder.relativize(b.folder()).toString());
            }
            throw new DicomSeriesException("folder " + folder + " holds " + breasts.size() + " series ("
                    + String.join(", ", names) + (breasts.size() > 3 ? ", ..." : "") + "); the Path of a row must "
                    + "name one series (List Files/Folders can list the series folders)");
        }
        if (found.notes().isEmpty()) {
            return folder; // files but no DICOM image: the reader's error names them
        }
        throw new DicomSeriesException("no DICOM image in " + folder + " or below it ("
                + String.join("; ", found.notes()) + ")");
    }

    /** A breast found by {@link DicomDiscovery}: its problem (a failed breast) or its series. */
    private static DataCell[] readDiscovered(final DicomDiscovery.BreastFolder b, final long index,
            final DicomReaderSettings s, final ExecutionContext exec, final Progress p) throws Exception {
        if (!b.ok()) {
            throw new DicomSeriesException(b.problem());
        }
        return readBreast(b.folder(), b.uid(), index, s, exec, p);
    }

    /** Reads the series in the local folder {@code folder}; the volume's id is {@code id}. */
    private static DataCell[] readBreast(final Path folder, final String id, final long index,
            final DicomReaderSettings s, final ExecutionContext exec, final Progress p) throws Exception {
        DicomSeries ds = DicomSeriesReader.read(folder, s.toOptions(), p.sub(0, 0.7));
        ShortVolume v = ds.volume().with(id, ds.volume().spacing());
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

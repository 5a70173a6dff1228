package org.breastct.knime.node.npyreader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.breastct.io.npy.NpyHeader;
import org.breastct.io.npy.NpyReader;
import org.breastct.io.npy.NpyVolumes;
import org.breastct.knime.data.FileStoreNames;
import org.breastct.knime.data.VolumeCell;
import org.breastct.knime.data.VolumeCellFactory;
import org.breastct.knime.data.Volumes;
import org.breastct.knime.fs.LocalFiles;
import org.breastct.knime.fs.OpenLocation;
import org.breastct.knime.fs.PathCells;
import org.breastct.knime.fs.PathColumns;
import org.breastct.knime.node.BreastCtNodeModel;
import org.breastct.knime.node.Columns;
import org.breastct.knime.node.FileNodeFactory;
import org.breastct.knime.util.KnimeProgress;
import org.breastct.knime.util.Messages;
import org.breastct.knime.util.UniqueTargets;
import org.breastct.progress.Progress;
import org.breastct.volume.Volume;
import org.breastct.volume.VoxelType;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
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
import org.knime.filehandling.core.data.location.cell.SimpleFSLocationCellFactory;
import org.knime.filehandling.core.port.FileSystemPortObject;

/**
 * NPY Reader: one row per {@code .npy} file (id, volume, Path of the file; row ID = id) from the
 * configured folder or file, or, with the optional input table, the id and volume appended to each
 * row whose Path names a file. Files are read through a local path ({@link LocalFiles}).
 */
final class NpyReaderNodeModel extends BreastCtNodeModel<NpyReaderParameters, NpyReaderSettings> {

    private final int fsPort;

    private final int tablePort;

    NpyReaderNodeModel(final PortsConfiguration ports) {
        super(ports.getInputPorts(), ports.getOutputPorts(), NpyReaderParameters.class);
        fsPort = FileNodeFactory.portIndex(ports, FileNodeFactory.FILE_SYSTEM_GROUP);
        tablePort = FileNodeFactory.portIndex(ports, NpyReaderNodeInfo.TABLE_PORT);
    }

    @Override
    protected DataTableSpec outputSpec(final PortObjectSpec[] in, final NpyReaderParameters p,
            final NpyReaderSettings s) throws InvalidSettingsException {
        DataTableSpec table = tablePort < 0 ? null : tableSpec(in, tablePort);
        DataColumnSpec id = Columns.column(NpyReaderSettings.ID_COLUMN, StringCell.TYPE);
        DataColumnSpec volume = Columns.column(s.columnName(), VolumeCell.TYPE);
        if (table == null) {
            OpenLocation.check(p.m_location, fsPort, "Input");
            return new DataTableSpec(id, volume,
                    PathColumns.spec(NpyReaderSettings.PATH_COLUMN, OpenLocation.location(p.m_location)));
        }
        PathCells.column(table, s.pathColumn());
        return appended(table, id, volume);
    }

    @Override
    protected BufferedDataTable run(final PortObject[] in, final DataTableSpec outSpec, final NpyReaderParameters p,
            final NpyReaderSettings s, final ExecutionContext exec) throws Exception {
        BufferedDataTable table = tablePort < 0 ? null : (BufferedDataTable)in[tablePort];
        BufferedDataContainer out = exec.createDataContainer(outSpec);
        try {
            if (table == null) {
                readLocation(in, p, s, exec, out);
            } else {
                readTable(in, table, s, exec, out);
            }
        } finally {
            out.close();
        }
        return out.getTable();
    }

    private void readLocation(final PortObject[] in, final NpyReaderParameters p, final NpyReaderSettings s,
            final ExecutionContext exec, final BufferedDataContainer out) throws Exception {
        SimpleFSLocationCellFactory paths = PathColumns.cells(OpenLocation.location(p.m_location));
        try (OpenLocation location = OpenLocation.open(p.m_location, in, fsPort, "Input")) {
            List<FSPath> files = NpyFileSelection.select(location.path(), s.includePattern(), s.excludePattern())
                    .stream().map(FSPath.class::cast).toList();
            if (files.isEmpty()) {
                setWarningMessage("No .npy file in '" + location.path() + "' matches '" + s.includePattern() + "'"
                        + (s.excludePattern().isEmpty() ? "" : " (excluding '" + s.excludePattern() + "')"));
            }
            UniqueTargets<String> ids =
                    new UniqueTargets<>("narrow the include pattern or change the prefix to remove");
            for (int i = 0; i < files.size(); i++) {
                exec.checkCanceled();
                FSPath f = files.get(i);
                String id = NpyFileSelection.idOf(f, s.stripPrefix());
                ids.claim(id, f.getFileName().toString());
                ExecutionContext fileExec = exec.createSubExecutionContext(1.0 / files.size());
                Progress progress = KnimeProgress.of(fileExec, "File " + (i + 1) + "/" + files.size() + " '"
                        + f.getFileName() + "'");
                VolumeCell cell = read(f, id, i, s, fileExec, progress);
                out.addRowToTable(new DefaultRow(new RowKey(id), new StringCell(id), cell,
                        paths.createCell(f.toFSLocation())));
            }
        }
    }

    private void readTable(final PortObject[] in, final BufferedDataTable table, final NpyReaderSettings s,
            final ExecutionContext exec, final BufferedDataContainer out) throws Exception {
        int col = PathCells.column(table.getDataTableSpec(), s.pathColumn());
        Optional<FSConnection> port =
                fsPort < 0 ? Optional.empty() : FileSystemPortObject.getFileSystemConnection(in, fsPort);
        long n = table.size();
        long i = 0;
        for (DataRow row : table) {
            exec.checkCanceled();
            String rowId = row.getKey().getString();
            ExecutionContext fileExec = exec.createSubExecutionContext(1.0 / Math.max(1, n));
            Progress progress = KnimeProgress.of(fileExec, "Row " + (i + 1) + "/" + n + " '" + rowId + "'");
            List<DataCell> cells = new ArrayList<>();
            for (int k = 0; k < row.getNumCells(); k++) {
                cells.add(row.getCell(k));
            }
            DataCell c = row.getCell(col);
            if (c.isMissing()) {
                cells.add(DataType.getMissingCell());
                cells.add(DataType.getMissingCell());
            } else {
                try (OpenLocation loc = OpenLocation.open(((FSLocationValue)c).getFSLocation(), port,
                        "Path of row '" + rowId + "'")) {
                    String id = NpyFileSelection.idOf(loc.path(), s.stripPrefix());
                    cells.add(new StringCell(id));
                    cells.add(read(loc.path(), id, i, s, fileExec, progress));
                }
            }
            out.addRowToTable(new DefaultRow(row.getKey(), cells));
            i++;
        }
    }

    private static VolumeCell read(final FSPath f, final String id, final long index, final NpyReaderSettings s,
            final ExecutionContext exec, final Progress p) throws Exception {
        Volume v;
        Path file = null;
        try (LocalFiles.Local local = LocalFiles.file(f)) {
            file = local.path();
            NpyHeader h = NpyReader.readHeader(file);
            if (h.ndim() == 2) {
                v = NpyReader.readSlice(file, s.targetType(), s.spacing(), p.sub(0, 0.5));
            } else {
                v = switch (s.reading(h.dtype())) {
                    case HU_IMAGE -> NpyVolumes.readHuImage(file, s.imageOptions(), s.spacing(), p.sub(0, 0.5));
                    case LABELS -> NpyVolumes.readLabels(file, s.spacing(), p.sub(0, 0.5));
                    case MASK -> NpyReader.read(file, VoxelType.BOOL, s.spacing(), p.sub(0, 0.5));
                };
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(Messages.fileError(f.toString(), file, e), e);
        }
        v = Volumes.withIdAndSpacing(v, id, v.spacing());
        return VolumeCellFactory.create(exec, FileStoreNames.of(index, "volume"), v, p.sub(0.5, 1));
    }
}

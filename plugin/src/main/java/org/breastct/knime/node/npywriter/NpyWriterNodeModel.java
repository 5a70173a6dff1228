package org.breastct.knime.node.npywriter;

import java.nio.file.Files;

import org.breastct.io.npy.NpyWriter;
import org.breastct.knime.data.VolumeMetadata;
import org.breastct.knime.data.VolumeValue;
import org.breastct.knime.fs.OpenLocation;
import org.breastct.knime.fs.OutputFolder;
import org.breastct.knime.fs.PathColumns;
import org.breastct.knime.node.AppendingNodeModel;
import org.breastct.knime.node.Columns;
import org.breastct.knime.node.FileNodeFactory;
import org.breastct.knime.util.UniqueTargets;
import org.breastct.volume.Volume;
import org.breastct.volume.VoxelType;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.context.ports.PortsConfiguration;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.filehandling.core.connections.FSPath;
import org.knime.filehandling.core.data.location.cell.SimpleFSLocationCellFactory;

/**
 * NPY Writer: writes one volume per row as {@code .npy} (engine {@link NpyWriter}: temporary file,
 * then moved into place) into the output folder on any KNIME file system ({@link OutputFolder}) and
 * appends the written file as a Path cell. 2-D bool masks (the cylinder ring) are written as 2-D
 * arrays like the authors' {@code cylinder.npy}; everything else as 3-D. A missing cell gives a
 * missing path.
 * Takes no folder lock: outputs of concurrent writers into one folder (parallel branches) have their
 * own names and temporary names and never touch each other ({@link OutputFolder}, "No folder lock").
 */
final class NpyWriterNodeModel extends AppendingNodeModel<NpyWriterParameters, NpyWriterSettings> {

    private final int fsPort;

    NpyWriterNodeModel(final PortsConfiguration ports) {
        super(ports.getInputPorts(), ports.getOutputPorts(), NpyWriterParameters.class);
        fsPort = FileNodeFactory.portIndex(ports, FileNodeFactory.FILE_SYSTEM_GROUP);
    }

    @Override
    protected DataColumnSpec[] appendedColumns(final DataTableSpec in, final NpyWriterParameters p,
            final NpyWriterSettings s, final PortObjectSpec[] ports) throws InvalidSettingsException {
        Columns.volumeColumn(in, s.volumeColumn(), "Volume column");
        OpenLocation.check(p.m_outputFolder, fsPort, "Output folder");
        return new DataColumnSpec[]{PathColumns.spec(s.pathColumn(), OpenLocation.location(p.m_outputFolder))};
    }

    @Override
    protected RowProcessor createProcessor(final DataTableSpec in, final NpyWriterParameters p,
            final NpyWriterSettings s, final PortObject[] ports, final ExecutionContext exec) throws Exception {
        int col = Columns.volumeColumn(in, s.volumeColumn(), "Volume column");
        SimpleFSLocationCellFactory cells = PathColumns.cells(OpenLocation.location(p.m_outputFolder));
        UniqueTargets<String> written =
                new UniqueTargets<>("use {rowid} in the file name pattern or make the ids unique");
        OpenLocation location = OpenLocation.open(p.m_outputFolder, ports, fsPort, "Output folder");
        OutputFolder folder;
        try {
            folder = OutputFolder.open(location.path(), s.createMissingFolders());
        } catch (Exception e) {
            location.close();
            throw e;
        }
        return new RowProcessor() {
            @Override
            public DataCell[] process(final org.knime.core.data.DataRow row, final long rowIndex,
                    final ExecutionContext rowExec, final org.breastct.progress.Progress progress) throws Exception {
                VolumeValue value = Columns.value(row, col, "volume", true);
                if (value == null) {
                    return new DataCell[]{DataType.getMissingCell()};
                }
                VolumeMetadata m = value.getMetadata();
                String name = s.patternFor(m.type(), m.dims().nz()).expand(m.id(), row.getKey().getString(),
                        s.volumeColumn());
                written.claim(name, row.getKey().getString());
                FSPath target = folder.target(name);
                if (Files.exists(target)) {
                    switch (s.overwritePolicy()) {
                        case FAIL:
                            throw new IllegalArgumentException("'" + target + "' exists; choose 'Overwrite' or "
                                    + "'Ignore' under 'If the file exists' to replace or keep it");
                        case IGNORE:
                            return new DataCell[]{cells.createCell(target.toFSLocation())};
                        case OVERWRITE:
                        default:
                            break;
                    }
                }
                Volume v = value.getVolume(progress.sub(0, 0.5));
                FSPath out = folder.write(name, local -> {
                    if (v.type() == VoxelType.BOOL && v.dims().nz() == 1) {
                        NpyWriter.write2d(local, v, progress.sub(0.5, 1));
                    } else {
                        NpyWriter.write(local, v, progress.sub(0.5, 1));
                    }
                });
                return new DataCell[]{cells.createCell(out.toFSLocation())};
            }

            @Override
            public void close() throws Exception {
                try {
                    folder.close();
                } finally {
                    location.close();
                }
            }
        };
    }
}

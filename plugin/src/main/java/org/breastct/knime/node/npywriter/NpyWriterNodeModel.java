package org.breastct.knime.node.npywriter;

import java.nio.file.Files;
import java.nio.file.Path;

import org.breastct.io.npy.NpyWriter;
import org.breastct.knime.data.VolumeMetadata;
import org.breastct.knime.data.VolumeValue;
import org.breastct.knime.node.AbstractAppendingNodeModel;
import org.breastct.knime.node.Columns;
import org.breastct.knime.util.Locations;
import org.breastct.knime.util.UniqueTargets;
import org.breastct.progress.Progress;
import org.breastct.volume.Volume;
import org.breastct.volume.VoxelType;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/**
 * NPY Writer: writes one volume per row as {@code .npy} (engine {@link NpyWriter}, atomic) and
 * appends the written path. 2-D bool masks (the cylinder ring) are written as 2-D arrays like the
 * authors' {@code cylinder.npy}; everything else as 3-D. A missing cell gives a missing path.
 */
final class NpyWriterNodeModel extends AbstractAppendingNodeModel<NpyWriterSettings> {

    NpyWriterNodeModel() {
        super(NpyWriterSettings.DEFAULTS, NpyWriterSettings::load);
    }

    @Override
    protected DataColumnSpec[] appendedColumns(final DataTableSpec in, final NpyWriterSettings s)
            throws InvalidSettingsException {
        Columns.volumeColumn(in, s.volumeColumn(), "Volume column");
        Locations.resolve(s.folder(), "Output folder");
        return new DataColumnSpec[]{Columns.column(s.pathColumn(), StringCell.TYPE)};
    }

    @Override
    protected RowProcessor createProcessor(final DataTableSpec in, final NpyWriterSettings s,
            final ExecutionContext exec) throws InvalidSettingsException {
        int col = Columns.volumeColumn(in, s.volumeColumn(), "Volume column");
        Path folder = Locations.resolve(s.folder(), "Output folder");
        UniqueTargets<Path> written = new UniqueTargets<>("use {rowid} in the file name pattern or make the ids unique");
        return (row, rowIndex, rowExec, progress) -> {
            VolumeValue value = Columns.value(row, col, "volume", true);
            if (value == null) {
                return new DataCell[]{DataType.getMissingCell()};
            }
            VolumeMetadata m = value.getMetadata();
            String name = s.patternFor(m.type(), m.dims().nz()).expand(m.id(), row.getKey().getString(),
                    s.volumeColumn());
            Path target = folder.resolve(name);
            written.claim(target, row.getKey().getString());
            if (Files.exists(target)) {
                switch (s.policy()) {
                    case FAIL:
                        throw new IllegalArgumentException("'" + target
                                + "' exists; choose the overwrite policy 'overwrite' or 'skip' to replace or keep it");
                    case SKIP:
                        return new DataCell[]{new StringCell(target.toString())};
                    case OVERWRITE:
                    default:
                        break;
                }
            }
            Files.createDirectories(folder);
            Volume v = value.getVolume(progress.sub(0, 0.5));
            if (v.type() == VoxelType.BOOL && v.dims().nz() == 1) {
                NpyWriter.write2d(target, v, progress.sub(0.5, 1));
            } else {
                NpyWriter.write(target, v, progress.sub(0.5, 1));
            }
            return new DataCell[]{new StringCell(target.toString())};
        };
    }
}

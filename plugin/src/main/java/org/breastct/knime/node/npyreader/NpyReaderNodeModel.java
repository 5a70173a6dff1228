package org.breastct.knime.node.npyreader;

import java.nio.file.Path;
import java.util.List;

import org.breastct.io.npy.NpyHeader;
import org.breastct.io.npy.NpyReader;
import org.breastct.knime.data.FileStoreNames;
import org.breastct.knime.data.VolumeCell;
import org.breastct.knime.data.VolumeCellFactory;
import org.breastct.knime.data.Volumes;
import org.breastct.knime.node.AbstractBreastCtNodeModel;
import org.breastct.knime.node.Columns;
import org.breastct.knime.util.KnimeProgress;
import org.breastct.knime.util.Locations;
import org.breastct.knime.util.Messages;
import org.breastct.knime.util.UniqueTargets;
import org.breastct.progress.Progress;
import org.breastct.volume.Volume;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/** NPY Reader: one row per {@code .npy} file (id, volume, path); row ID = id. */
final class NpyReaderNodeModel extends AbstractBreastCtNodeModel<NpyReaderSettings> {

    NpyReaderNodeModel() {
        super(0, 1, NpyReaderSettings.DEFAULTS, NpyReaderSettings::load);
    }

    @Override
    protected DataTableSpec outputSpec(final DataTableSpec in, final NpyReaderSettings s)
            throws InvalidSettingsException {
        Locations.resolve(s.location(), "Input location");
        return new DataTableSpec(Columns.column(NpyReaderSettings.ID_COLUMN, StringCell.TYPE), Columns.column(s.columnName(), VolumeCell.TYPE),
                Columns.column(NpyReaderSettings.PATH_COLUMN, StringCell.TYPE));
    }

    @Override
    protected BufferedDataTable run(final BufferedDataTable in, final DataTableSpec outSpec, final NpyReaderSettings s,
            final ExecutionContext exec) throws Exception {
        Path location = Locations.resolve(s.location(), "Input location");
        List<Path> files = NpyFileSelection.select(location, s.includePattern(), s.excludePattern());
        if (files.isEmpty()) {
            setWarningMessage("No .npy file in '" + location + "' matches '" + s.includePattern() + "'"
                    + (s.excludePattern().isEmpty() ? "" : " (excluding '" + s.excludePattern() + "')"));
        }
        BufferedDataContainer out = exec.createDataContainer(outSpec);
        UniqueTargets<String> ids = new UniqueTargets<>("narrow the include pattern or change the prefix to remove");
        try {
            for (int i = 0; i < files.size(); i++) {
                exec.checkCanceled();
                Path f = files.get(i);
                String id = NpyFileSelection.idOf(f, s.stripPrefix());
                ids.claim(id, f.getFileName().toString());
                ExecutionContext fileExec = exec.createSubExecutionContext(1.0 / files.size());
                Progress p = KnimeProgress.of(fileExec, "File " + (i + 1) + "/" + files.size() + " '" + f.getFileName() + "'");
                VolumeCell cell;
                try {
                    NpyHeader h = NpyReader.readHeader(f);
                    Volume v = h.ndim() == 2
                            ? NpyReader.readSlice(f, s.targetType(), s.spacing(), p.sub(0, 0.5))
                            : NpyReader.read(f, s.targetType(), s.spacing(), p.sub(0, 0.5));
                    v = Volumes.withIdAndSpacing(v, id, v.spacing());
                    cell = VolumeCellFactory.create(exec, FileStoreNames.of(i, "volume"), v, p.sub(0.5, 1));
                } catch (java.io.IOException | IllegalArgumentException e) {
                    throw new IllegalArgumentException("File '" + f + "': " + Messages.describe(e), e);
                }
                out.addRowToTable(new DefaultRow(new RowKey(id), new StringCell(id), cell,
                        new StringCell(f.toAbsolutePath().toString())));
            }
        } finally {
            out.close();
        }
        return out.getTable();
    }
}

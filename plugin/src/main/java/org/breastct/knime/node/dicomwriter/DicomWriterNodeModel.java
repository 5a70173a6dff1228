package org.breastct.knime.node.dicomwriter;

import java.nio.file.Files;
import java.nio.file.Path;

import org.breastct.io.dicom.DicomSeriesWriter;
import org.breastct.io.dicom.DicomWriteOptions;
import org.breastct.io.dicom.DicomWriteResult;
import org.breastct.knime.data.Volumes;
import org.breastct.knime.data.VolumeValue;
import org.breastct.knime.node.AbstractAppendingNodeModel;
import org.breastct.knime.node.Columns;
import org.breastct.knime.util.Locations;
import org.breastct.knime.util.UniqueTargets;
import org.breastct.knime.util.OverwritePolicy;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.MaskVolume;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/**
 * DICOM Writer: one DICOM series per row (engine {@link DicomSeriesWriter#writeLabels}), in a
 * folder named by the pattern inside the output folder; appends the series path. A missing label
 * cell gives a missing path.
 */
final class DicomWriterNodeModel extends AbstractAppendingNodeModel<DicomWriterSettings> {

    DicomWriterNodeModel() {
        super(DicomWriterSettings.DEFAULTS, DicomWriterSettings::load);
    }

    @Override
    protected DataColumnSpec[] appendedColumns(final DataTableSpec in, final DicomWriterSettings s)
            throws InvalidSettingsException {
        Columns.volumeColumn(in, s.labelColumn(), "Label column");
        Columns.optionalVolumeColumn(in, s.cylinderColumn(), "Cylinder mask column");
        Locations.resolve(s.folder(), "Output folder");
        if (!s.template().isEmpty()) {
            Locations.resolve(s.template(), "Template DICOM file");
        }
        return new DataColumnSpec[]{Columns.column(DicomWriterSettings.PATH_COLUMN, StringCell.TYPE)};
    }

    @Override
    protected RowProcessor createProcessor(final DataTableSpec in, final DicomWriterSettings s,
            final ExecutionContext exec) throws InvalidSettingsException {
        int labelIdx = Columns.volumeColumn(in, s.labelColumn(), "Label column");
        int cylIdx = Columns.optionalVolumeColumn(in, s.cylinderColumn(), "Cylinder mask column");
        Path folder = Locations.resolve(s.folder(), "Output folder");
        Path template = s.template().isEmpty() ? null : Locations.resolve(s.template(), "Template DICOM file");
        OverwritePolicy policy = s.policy();
        DicomWriteOptions base = DicomWriteOptions.DEFAULTS.withTemplate(template)
                .withIfExists(policy == OverwritePolicy.OVERWRITE ? DicomWriteOptions.IfExists.OVERWRITE
                        : DicomWriteOptions.IfExists.FAIL)
                .withSeriesDescription(s.seriesDescription().isEmpty() ? null : s.seriesDescription())
                .withCylinderValue(s.cylinderValue());
        UniqueTargets<Path> written = new UniqueTargets<>("use {rowid} in the folder name pattern or make the ids unique");
        return (row, rowIndex, rowExec, progress) -> {
            VolumeValue value = Columns.value(row, labelIdx, "label volume", true);
            if (value == null) {
                return new DataCell[]{DataType.getMissingCell()};
            }
            String name = s.pattern().expand(value.getMetadata().id(), row.getKey().getString(), s.labelColumn());
            Path target = folder.resolve(name);
            written.claim(target, row.getKey().getString());
            if (Files.exists(target)) {
                if (policy == OverwritePolicy.SKIP) {
                    return new DataCell[]{new StringCell(target.toString())};
                }
                if (policy == OverwritePolicy.FAIL) {
                    throw new IllegalArgumentException("'" + target
                            + "' exists; choose the overwrite policy 'overwrite' or 'skip' to replace or keep it");
                }
            }
            DicomWriteOptions options = base;
            if (cylIdx >= 0) {
                VolumeValue cyl = Columns.value(row, cylIdx, "cylinder mask", true);
                if (cyl != null) {
                    MaskVolume ring = Volumes.asMask(cyl.getVolume(progress.sub(0, 0.05)), "cylinder mask");
                    options = options.withCylinderRing(ring);
                }
            }
            ByteVolume labels = Volumes.asLabels(value.getVolume(progress.sub(0.05, 0.3)), "label volume");
            Files.createDirectories(folder);
            DicomWriteResult r = DicomSeriesWriter.writeLabels(labels, target, options, progress.sub(0.3, 1));
            return new DataCell[]{new StringCell(r.folder().toString())};
        };
    }
}

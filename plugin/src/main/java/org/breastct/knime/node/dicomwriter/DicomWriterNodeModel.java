package org.breastct.knime.node.dicomwriter;

import java.nio.file.Files;

import org.breastct.io.dicom.DicomSeriesWriter;
import org.breastct.io.dicom.DicomWriteOptions;
import org.breastct.knime.data.VolumeValue;
import org.breastct.knime.data.Volumes;
import org.breastct.knime.fs.LocalFiles;
import org.breastct.knime.fs.OpenLocation;
import org.breastct.knime.fs.OutputFolder;
import org.breastct.knime.fs.PathColumns;
import org.breastct.knime.node.AppendingNodeModel;
import org.breastct.knime.node.Columns;
import org.breastct.knime.node.FileNodeFactory;
import org.breastct.knime.node.segmenter.SegmenterColumns;
import org.breastct.knime.util.OverwritePolicy;
import org.breastct.knime.util.UniqueTargets;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.MaskVolume;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
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
 * DICOM Writer: one DICOM series per row (engine {@link DicomSeriesWriter#writeLabels}: a hidden
 * partial folder, then renamed), in a folder named by the pattern inside the output folder on any
 * KNIME file system ({@link OutputFolder}); appends the series folder as a Path cell. A missing label
 * cell gives a missing path.
 * Takes no folder lock: outputs of concurrent writers into one folder (parallel branches) have their
 * own names and temporary names and never touch each other ({@link OutputFolder}, "No folder lock").
 */
final class DicomWriterNodeModel extends AppendingNodeModel<DicomWriterParameters, DicomWriterSettings> {

    private final int fsPort;

    DicomWriterNodeModel(final PortsConfiguration ports) {
        super(ports.getInputPorts(), ports.getOutputPorts(), DicomWriterParameters.class);
        fsPort = FileNodeFactory.portIndex(ports, FileNodeFactory.FILE_SYSTEM_GROUP);
    }

    @Override
    protected DataColumnSpec[] appendedColumns(final DataTableSpec in, final DicomWriterParameters p,
            final DicomWriterSettings s, final PortObjectSpec[] ports) throws InvalidSettingsException {
        Columns.volumeColumn(in, s.labelColumn(), "Label column");
        if (s.drawCylinder()) {
            Columns.volumeColumn(in, s.cylinderColumn(), "Cylinder mask column");
        }
        OpenLocation.check(p.m_outputFolder, fsPort, "Output folder");
        if (!OpenLocation.isEmpty(p.m_template)) {
            OpenLocation.check(p.m_template, fsPort, "Template DICOM file");
        }
        return new DataColumnSpec[]{
            PathColumns.spec(DicomWriterSettings.PATH_COLUMN, OpenLocation.location(p.m_outputFolder))};
    }

    @Override
    protected RowProcessor createProcessor(final DataTableSpec in, final DicomWriterParameters p,
            final DicomWriterSettings s, final PortObject[] ports, final ExecutionContext exec) throws Exception {
        int labelIdx = Columns.volumeColumn(in, s.labelColumn(), "Label column");
        int cylIdx = s.drawCylinder() ? Columns.volumeColumn(in, s.cylinderColumn(), "Cylinder mask column") : -1;
        // the Breast Segmenter's method column names the method in the SeriesDescription (as the CLI does)
        int methodIdx = s.seriesDescription().isEmpty() ? in.findColumnIndex(SegmenterColumns.METHOD) : -1;
        SimpleFSLocationCellFactory cells = PathColumns.cells(OpenLocation.location(p.m_outputFolder));
        UniqueTargets<String> written =
                new UniqueTargets<>("use {rowid} in the folder name pattern or make the ids unique");
        Resources r = new Resources();
        try {
            LocalFiles.Local template = null;
            if (!OpenLocation.isEmpty(p.m_template)) {
                r.template = OpenLocation.open(p.m_template, ports, fsPort, "Template DICOM file");
                template = r.templateFile = LocalFiles.file(r.template.path());
            }
            r.location = OpenLocation.open(p.m_outputFolder, ports, fsPort, "Output folder");
            r.folder = OutputFolder.open(r.location.path(), s.createMissingFolders());
            DicomWriteOptions base = DicomWriteOptions.DEFAULTS
                    .withTemplate(template == null ? null : template.path())
                    .withIfExists(DicomWriteOptions.IfExists.OVERWRITE)
                    .withSeriesDescription(s.seriesDescription().isEmpty() ? null : s.seriesDescription())
                    .withCylinderValue(s.cylinderValue());
            return new RowProcessor() {
                @Override
                public DataCell[] process(final DataRow row, final long rowIndex, final ExecutionContext rowExec,
                        final Progress progress) throws Exception {
                    VolumeValue value = Columns.value(row, labelIdx, "label volume", true);
                    if (value == null) {
                        return new DataCell[]{DataType.getMissingCell()};
                    }
                    String name = s.pattern().expand(value.getMetadata().id(), row.getKey().getString(),
                            s.labelColumn());
                    written.claim(name, row.getKey().getString());
                    FSPath target = r.folder.target(name);
                    if (Files.exists(target)) {
                        if (s.overwritePolicy() == OverwritePolicy.IGNORE) {
                            return new DataCell[]{cells.createCell(target.toFSLocation())};
                        }
                        if (s.overwritePolicy() == OverwritePolicy.FAIL) {
                            throw new IllegalArgumentException("'" + target + "' exists; choose 'Overwrite' or "
                                    + "'Ignore' under 'If the series folder exists' to replace or keep it");
                        }
                    }
                    DicomWriteOptions options = base;
                    if (methodIdx >= 0 && !row.getCell(methodIdx).isMissing()) {
                        options = options.withSeriesDescription(
                                DicomSeriesWriter.labelDescription(row.getCell(methodIdx).toString()));
                    }
                    if (cylIdx >= 0) {
                        VolumeValue cyl = Columns.value(row, cylIdx, "cylinder mask", true);
                        if (cyl != null) {
                            MaskVolume ring = Volumes.asMask(cyl.getVolume(progress.sub(0, 0.05)), "cylinder mask");
                            options = options.withCylinderRing(ring);
                        }
                    }
                    ByteVolume labels = Volumes.asCheckedLabels(value.getVolume(progress.sub(0.05, 0.3)),
                            "label volume");
                    DicomWriteOptions o = options;
                    FSPath out = r.folder.write(name,
                            local -> DicomSeriesWriter.writeLabels(labels, local, o, progress.sub(0.3, 1)));
                    return new DataCell[]{cells.createCell(out.toFSLocation())};
                }

                @Override
                public void close() throws Exception {
                    r.close();
                }
            };
        } catch (Exception e) {
            r.close();
            throw e;
        }
    }

    /** What one execution holds open: the output folder and the template, each with its connection. */
    private static final class Resources implements AutoCloseable {
        OpenLocation location;
        OutputFolder folder;
        OpenLocation template;
        LocalFiles.Local templateFile;

        @Override
        public void close() throws Exception {
            try (AutoCloseable a = location; AutoCloseable b = folder; AutoCloseable c = template;
                    AutoCloseable d = templateFile) {
                // closed in reverse order; null entries are skipped
            }
        }
    }
}

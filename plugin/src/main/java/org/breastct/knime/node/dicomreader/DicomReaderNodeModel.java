package org.breastct.knime.node.dicomreader;

import static org.breastct.knime.node.dicomreader.DicomReaderColumns.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.breastct.io.dicom.DicomSeries;
import org.breastct.io.dicom.DicomSeriesInfo;
import org.breastct.io.dicom.DicomSeriesReader;
import org.breastct.knime.data.FileStoreNames;
import org.breastct.knime.data.VolumeCell;
import org.breastct.knime.data.VolumeCellFactory;
import org.breastct.knime.node.AbstractBreastCtNodeModel;
import org.breastct.knime.node.Columns;
import org.breastct.knime.util.KnimeProgress;
import org.breastct.knime.util.Locations;
import org.breastct.knime.util.Messages;
import org.breastct.progress.CancelledException;
import org.breastct.progress.Progress;
import org.breastct.volume.ShortVolume;
import org.knime.core.data.DataCell;
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

/**
 * DICOM Reader: one row per breast (engine {@link DicomSeriesReader}). The folder is either one
 * series folder (it directly holds DICOM files) or a folder with one series subfolder per breast.
 * A breast that cannot be read gives a row with missing cells and its error in "warnings", and a
 * node warning; with "fail fast" the node stops instead.
 */
final class DicomReaderNodeModel extends AbstractBreastCtNodeModel<DicomReaderSettings> {

    DicomReaderNodeModel() {
        super(0, 1, DicomReaderSettings.DEFAULTS, DicomReaderSettings::load);
    }

    @Override
    protected DataTableSpec outputSpec(final DataTableSpec in, final DicomReaderSettings s)
            throws InvalidSettingsException {
        Path folder = Locations.resolve(s.folder(), "Input folder");
        if (!Files.isDirectory(folder)) {
            throw new InvalidSettingsException("Input folder '" + folder + "' does not exist or is not a folder");
        }
        return new DataTableSpec(Columns.column(ID, StringCell.TYPE), Columns.column(IMAGE, VolumeCell.TYPE),
                Columns.column(CYLINDER, VolumeCell.TYPE), Columns.column(SLICES, IntCell.TYPE),
                Columns.column(ROWS, IntCell.TYPE), Columns.column(COLUMNS, IntCell.TYPE),
                Columns.column(SPACING_Z, DoubleCell.TYPE), Columns.column(SPACING_Y, DoubleCell.TYPE),
                Columns.column(SPACING_X, DoubleCell.TYPE), Columns.column(PATIENT_ID, StringCell.TYPE),
                Columns.column(STUDY_UID, StringCell.TYPE), Columns.column(SERIES_UID, StringCell.TYPE),
                Columns.column(STUDY_DATE, StringCell.TYPE), Columns.column(SERIES_DESCRIPTION, StringCell.TYPE),
                Columns.column(WARNINGS, StringCell.TYPE));
    }

    @Override
    protected BufferedDataTable run(final BufferedDataTable in, final DataTableSpec outSpec,
            final DicomReaderSettings s, final ExecutionContext exec) throws Exception {
        Path root = Locations.resolve(s.folder(), "Input folder");
        List<Path> series = DicomSeriesReader.isSeriesFolder(root) ? List.of(root)
                : DicomSeriesReader.listBreastFolders(root);
        if (series.isEmpty()) {
            setWarningMessage("'" + root + "' holds no DICOM files and no breast subfolders");
        }
        BufferedDataContainer out = exec.createDataContainer(outSpec);
        List<String> failed = new ArrayList<>();
        try {
            for (int i = 0; i < series.size(); i++) {
                exec.checkCanceled();
                Path folder = series.get(i);
                String id = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
                ExecutionContext sub = exec.createSubExecutionContext(1.0 / series.size());
                Progress p = KnimeProgress.of(sub, "Breast " + (i + 1) + "/" + series.size() + " '" + id + "'");
                DataCell[] cells;
                try {
                    cells = readBreast(folder, i, s, sub, p);
                } catch (CancelledException e) {
                    throw e;
                } catch (Exception e) {
                    String msg = "Breast '" + id + "' (" + folder + "): " + Messages.describe(e);
                    if (s.failFast()) {
                        throw new IllegalArgumentException(msg, e);
                    }
                    getLogger().warn(msg, e);
                    failed.add(id);
                    cells = failedRow(id, msg);
                }
                out.addRowToTable(new DefaultRow(new RowKey(id), cells));
            }
        } finally {
            out.close();
        }
        if (!failed.isEmpty()) {
            setWarningMessage(failed.size() + " of " + series.size() + " breasts could not be read ("
                    + String.join(", ", failed) + "); see the 'warnings' column");
        }
        return out.getTable();
    }

    private static DataCell[] readBreast(final Path folder, final int index, final DicomReaderSettings s,
            final ExecutionContext exec, final Progress p) throws Exception {
        DicomSeries ds = DicomSeriesReader.read(folder, s.toOptions(), p.sub(0, 0.7));
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

    private static DataCell[] failedRow(final String id, final String message) {
        DataCell[] cells = new DataCell[ALL.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = DataType.getMissingCell();
        }
        cells[0] = new StringCell(id);
        cells[cells.length - 1] = new StringCell("FAILED: " + message);
        return cells;
    }
}

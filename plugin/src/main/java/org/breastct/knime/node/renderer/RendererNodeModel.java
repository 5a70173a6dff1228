package org.breastct.knime.node.renderer;

import java.util.ArrayList;
import java.util.List;

import org.breastct.knime.data.Volumes;
import org.breastct.knime.node.AppendingNodeModel;
import org.breastct.knime.node.Columns;
import org.breastct.render.Plane;
import org.breastct.render.PngFiles;
import org.breastct.render.RenderSettings;
import org.breastct.render.RepresentativeImageRenderer;
import org.breastct.render.RepresentativeImages;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.ShortVolume;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Representative Image Renderer: appends, per chosen plane, the windowed HU image and the label
 * image as PNG cells (engine {@link RepresentativeImageRenderer}; nothing is written to disk).
 */
final class RendererNodeModel extends AppendingNodeModel<RendererParameters, RendererSettings> {

    RendererNodeModel() {
        super(RendererNodeFactory.CONFIGURATION, RendererParameters.class);
    }

    @Override
    protected DataColumnSpec[] appendedColumns(final DataTableSpec in, final RendererParameters p,
            final RendererSettings s, final PortObjectSpec[] ports) throws InvalidSettingsException {
        Columns.volumeColumn(in, s.imageColumn(), "HU image column");
        Columns.volumeColumn(in, s.labelColumn(), "Label column");
        List<DataColumnSpec> cols = new ArrayList<>();
        for (Plane plane : s.planes()) {
            cols.add(Columns.column(RendererSettings.imageColumnName(plane), PNGImageCellFactory.TYPE));
            cols.add(Columns.column(RendererSettings.segmentationColumnName(plane), PNGImageCellFactory.TYPE));
        }
        return cols.toArray(new DataColumnSpec[0]);
    }

    @Override
    protected RowProcessor createProcessor(final DataTableSpec in, final RendererParameters p,
            final RendererSettings s, final PortObject[] ports, final ExecutionContext exec)
            throws InvalidSettingsException {
        int imageIdx = Columns.volumeColumn(in, s.imageColumn(), "HU image column");
        int labelIdx = Columns.volumeColumn(in, s.labelColumn(), "Label column");
        RenderSettings engine = s.toEngine();
        List<Plane> planes = s.planes();
        return (row, rowIndex, rowExec, progress) -> {
            DataCell[] cells = new DataCell[2 * planes.size()];
            if (row.getCell(imageIdx).isMissing() || row.getCell(labelIdx).isMissing()) {
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = DataType.getMissingCell();
                }
                return cells;
            }
            ShortVolume image = Volumes.asImage(Columns.read(row, imageIdx, "HU image", progress.sub(0, 0.45)),
                    "HU image");
            ByteVolume labels = Volumes.asCheckedLabels(
                    Columns.read(row, labelIdx, "label volume", progress.sub(0.45, 0.7)), "label volume");
            progress.checkCancelled();
            RepresentativeImages r = RepresentativeImageRenderer.render(image, labels, engine);
            int k = 0;
            for (Plane plane : planes) {
                progress.checkCancelled();
                cells[k++] = PNGImageCellFactory.create(PngFiles.toBytes(r.image(plane)));
                cells[k++] = PNGImageCellFactory.create(PngFiles.toBytes(r.segmentation(plane)));
            }
            progress.report(1, "rendered");
            return cells;
        };
    }
}

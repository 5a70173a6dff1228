package org.breastct.knime.view;

import java.util.List;

/**
 * What the volume view's data service sends to the page (serialised to JSON by KNIME's Jackson
 * mapper; all records, plain values).
 */
public final class ViewData {

    private ViewData() {
    }

    /**
     * The initial data of the page.
     *
     * @param rows the breasts, in table order
     * @param presets window presets, the first being the default
     * @param legend the label colours (Okabe-Ito colour mode of the representative images)
     * @param defaultOpacity the label overlay opacity the page starts with
     */
    public record Initial(List<Row> rows, List<WindowPreset> presets, List<LegendEntry> legend,
            double defaultOpacity) {
    }

    /**
     * One breast.
     *
     * @param index position in {@link Initial#rows()}, the row argument of the RPC methods
     * @param key row key
     * @param id volume id (breast id)
     * @param shape {@code [nz, ny, nx]}
     * @param spacing mm {@code [z, y, x]}
     * @param hasLabels whether the row has a label volume
     * @param description e.g. {@code int16 400x640x640, 0.30 mm}
     */
    public record Row(int index, String key, String id, int[] shape, double[] spacing, boolean hasLabels,
            String description) {
    }

    /** A window: HU {@code low} shown black, {@code high} white. */
    public record WindowPreset(String name, int low, int high) {
    }

    /** One label code with its name and colour ({@code #RRGGBB}). */
    public record LegendEntry(int code, String name, String colour) {
    }

    /**
     * One rendered slice.
     *
     * @param png the PNG, base64
     * @param plane coronal, sagittal or transversal
     * @param index the slice shown
     * @param count slices of the plane
     * @param width image columns
     * @param height image lines
     * @param columnMm mm per column
     * @param lineMm mm per line
     */
    public record Slice(String png, String plane, int index, int count, int width, int height, double columnMm,
            double lineMm) {
    }

    /**
     * The voxel under the cursor.
     *
     * @param z slice
     * @param y row
     * @param x column
     * @param hu the image value
     * @param label label code, -1 if the row has no labels
     * @param labelName name of the label, empty without labels
     */
    public record Voxel(int z, int y, int x, int hu, int label, String labelName) {
    }

    /** Voxels and millilitres of one label code in a breast. */
    public record LabelVolume(int code, String name, String colour, long voxels, double millilitres) {
    }
}

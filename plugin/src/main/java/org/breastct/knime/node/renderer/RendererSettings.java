package org.breastct.knime.node.renderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.breastct.knime.settings.Checks;
import org.breastct.render.CoronalPlane;
import org.breastct.render.LabelMode;
import org.breastct.render.Plane;
import org.breastct.render.RenderSettings;

/**
 * Settings of the Representative Image Renderer (plain Java; KNIME's side is
 * {@link RendererParameters}). Defaults are the engine's
 * {@link RenderSettings#DEFAULTS} (the scripts' images) and all three planes.
 *
 * @param imageColumn column of int16 HU images
 * @param labelColumn column of uint8 label volumes
 * @param mode {@code grey}, {@code colour} or {@code overlay} (how the label images show labels)
 * @param windowLow HU shown black
 * @param windowHigh HU shown white
 * @param coronalPlane {@code slice}, {@code tip} or {@code largest_transection}
 * @param coronalSlice slice index for coronal plane {@code slice}
 * @param coronal output the coronal images
 * @param sagittal output the sagittal images
 * @param transversal output the transversal images
 * @param scale integer upscaling factor
 * @param overlayAlpha opacity of label colours in overlay mode
 */
public record RendererSettings(String imageColumn, String labelColumn, String mode, int windowLow, int windowHigh,
        String coronalPlane, int coronalSlice, boolean coronal, boolean sagittal, boolean transversal, int scale,
        double overlayAlpha) {

    /** Values of {@link #mode()}. */
    public static final String[] MODES = names(LabelMode.values());
    /** Values of {@link #coronalPlane()}. */
    public static final String[] CORONAL_PLANES = names(CoronalPlane.values());

    public static final RendererSettings DEFAULTS;

    static {
        RenderSettings d = RenderSettings.DEFAULTS;
        DEFAULTS = new RendererSettings("image", "labels", key(d.labelMode()), d.windowLow(), d.windowHigh(),
                key(d.coronalPlane()), d.coronalSlice(), true, true, true, d.scale(), d.overlayAlpha());
    }

    public RendererSettings {
        imageColumn = Checks.text(imageColumn);
        labelColumn = Checks.text(labelColumn);
        mode = Checks.oneOf("Label image mode", mode, MODES);
        coronalPlane = Checks.oneOf("Coronal plane", coronalPlane, CORONAL_PLANES);
        if (!coronal && !sagittal && !transversal) {
            throw new IllegalArgumentException("Choose at least one plane (coronal, sagittal or transversal)");
        }
        toEngine(mode, windowLow, windowHigh, coronalPlane, coronalSlice, scale, overlayAlpha);
    }

    /** The engine settings (validated there). */
    public RenderSettings toEngine() {
        return toEngine(mode, windowLow, windowHigh, coronalPlane, coronalSlice, scale, overlayAlpha);
    }

    private static RenderSettings toEngine(final String mode, final int low, final int high, final String plane,
            final int slice, final int scale, final double alpha) {
        return new RenderSettings(low, high, LabelMode.valueOf(mode.toUpperCase(Locale.ROOT)),
                CoronalPlane.valueOf(plane.toUpperCase(Locale.ROOT)), slice, scale, alpha);
    }

    /** The chosen planes in the order coronal, sagittal, transversal. */
    public List<Plane> planes() {
        List<Plane> p = new ArrayList<>();
        if (coronal) {
            p.add(Plane.CORONAL);
        }
        if (sagittal) {
            p.add(Plane.SAGITTAL);
        }
        if (transversal) {
            p.add(Plane.TRANSVERSAL);
        }
        return p;
    }

    /** The scripts' file name stems: {@code img_c}, {@code auto_seg_c}, ... */
    public static String imageColumnName(final Plane p) {
        return "img_" + p.letter();
    }

    public static String segmentationColumnName(final Plane p) {
        return "auto_seg_" + p.letter();
    }

    static String key(final Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static String[] names(final Enum<?>[] values) {
        String[] n = new String[values.length];
        for (int i = 0; i < n.length; i++) {
            n[i] = key(values[i]);
        }
        return n;
    }
}

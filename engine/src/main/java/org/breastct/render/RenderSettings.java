package org.breastct.render;

import java.util.Objects;

/**
 * Settings of the representative images (docs/method.md section 3), immutable and validated.
 *
 * @param windowLow HU shown black (scripts: -1024)
 * @param windowHigh HU shown white (scripts: 200); must be above {@code windowLow}
 * @param labelMode how the segmentation images show labels (scripts: {@link LabelMode#GREY})
 * @param coronalPlane which slice the coronal images show (scripts: {@link CoronalPlane#SLICE} 0)
 * @param coronalSlice the slice index for {@link CoronalPlane#SLICE}, >= 0 (scripts: 0)
 * @param scale integer nearest-neighbour upscaling, 1..{@link #MAX_SCALE} (scripts: 1, one pixel
 *        per voxel)
 * @param overlayAlpha opacity of the label colours in {@link LabelMode#OVERLAY}, 0..1
 */
public record RenderSettings(int windowLow, int windowHigh, LabelMode labelMode, CoronalPlane coronalPlane,
        int coronalSlice, int scale, double overlayAlpha) {

    /** Largest upscaling factor. */
    public static final int MAX_SCALE = 16;

    /** The scripts' rendering (docs/method.md section 3); overlay alpha 0.4 when OVERLAY is chosen. */
    public static final RenderSettings DEFAULTS = new RenderSettings(-1024, 200, LabelMode.GREY, CoronalPlane.SLICE,
            0, 1, 0.4);

    public RenderSettings {
        Objects.requireNonNull(labelMode, "labelMode");
        Objects.requireNonNull(coronalPlane, "coronalPlane");
        GreyMapping.checkWindow(windowLow, windowHigh);
        if (coronalSlice < 0) {
            throw new IllegalArgumentException("coronal slice must be >= 0, got " + coronalSlice);
        }
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be 1.." + MAX_SCALE + ", got " + scale);
        }
        if (!(overlayAlpha >= 0 && overlayAlpha <= 1)) {
            throw new IllegalArgumentException("overlay alpha must be in [0, 1], got " + overlayAlpha);
        }
    }

    public RenderSettings withWindow(int low, int high) {
        return new RenderSettings(low, high, labelMode, coronalPlane, coronalSlice, scale, overlayAlpha);
    }

    public RenderSettings withLabelMode(LabelMode mode) {
        return new RenderSettings(windowLow, windowHigh, mode, coronalPlane, coronalSlice, scale, overlayAlpha);
    }

    public RenderSettings withCoronal(CoronalPlane plane, int slice) {
        return new RenderSettings(windowLow, windowHigh, labelMode, plane, slice, scale, overlayAlpha);
    }

    public RenderSettings withScale(int newScale) {
        return new RenderSettings(windowLow, windowHigh, labelMode, coronalPlane, coronalSlice, newScale, overlayAlpha);
    }

    public RenderSettings withOverlayAlpha(double alpha) {
        return new RenderSettings(windowLow, windowHigh, labelMode, coronalPlane, coronalSlice, scale, alpha);
    }
}

package org.breastct.render;

/** How the segmentation PNGs ({@code auto_seg_*}) show the labels. */
public enum LabelMode {
    /** The scripts' rendering: 8-bit grey, labels 0..6 black to white ({@link GreyMapping#labelGrey}). */
    GREY,
    /** One {@link LabelPalette} colour per label (RGB). */
    COLOUR,
    /** Label colours alpha-blended over the windowed grey image; air is not coloured (RGB). */
    OVERLAY
}

package org.breastct.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import org.breastct.segmentation.LabelCode;

/**
 * One fixed colour per label code for the COLOUR and OVERLAY modes, taken from the colour-blind-safe
 * Okabe-Ito palette (Okabe &amp; Ito 2008, "Color Universal Design"), plus white and grey:
 *
 * <pre>
 * code  label      colour          RGB
 *  0    air        black           #000000
 *  1    fat        yellow          #F0E442
 *  2    glands     blue            #0072B2
 *  3    skin       orange          #E69F00
 *  4    muscle     vermillion      #D55E00
 *  5    rib        white           #FFFFFF
 *  6    skin fold  reddish purple  #CC79A7
 *  7    implant    sky blue        #56B4E9
 *  8    (unused)   bluish green    #009E73   also every code above 9
 *  9    cylinder   grey            #999999
 * </pre>
 * In OVERLAY mode air (0) is never coloured.
 */
public final class LabelPalette {

    private static final int[] RGB = {0x000000, 0xF0E442, 0x0072B2, 0xE69F00, 0xD55E00, 0xFFFFFF, 0xCC79A7, 0x56B4E9,
        0x009E73, 0x999999};

    /** Colour of codes without their own entry (8 and above 9). */
    public static final int OTHER_RGB = 0x009E73;

    /** The codes shown in the default legend: all named codes, 8 (unused) left out. */
    public static final int[] LEGEND_CODES = {LabelCode.AIR, LabelCode.FAT, LabelCode.GLANDS, LabelCode.SKIN,
        LabelCode.MUSCLE, LabelCode.RIB, LabelCode.SKIN_FOLD, LabelCode.IMPLANT, LabelCode.CYLINDER};

    /** Side of a legend swatch in pixels; rows of the legend are this high plus {@link #LEGEND_GAP}. */
    public static final int SWATCH = 16;
    public static final int LEGEND_GAP = 4;

    private LabelPalette() {
    }

    /** 0xRRGGBB of label code {@code code} (0..255). */
    public static int rgb(int code) {
        return code >= 0 && code < RGB.length ? RGB[code] : OTHER_RGB;
    }

    /** Table of {@link #rgb} for all 256 uint8 values. */
    public static int[] table() {
        int[] t = new int[256];
        for (int c = 0; c < 256; c++) {
            t[c] = rgb(c);
        }
        return t;
    }

    /** {@link #legend(int[])} of {@link #LEGEND_CODES}. */
    public static BufferedImage legend() {
        return legend(LEGEND_CODES);
    }

    /**
     * A legend: one row per code, top to bottom in the given order, each a {@link #SWATCH}-pixel
     * square of the code's colour (pixels [{@link #LEGEND_GAP}, GAP + SWATCH) in x and
     * [GAP + k (SWATCH + GAP), ... + SWATCH) in y for row k) with a 1-pixel grey frame drawn
     * around it outside that square, followed by "code name" (e.g. "2 glands") in black on white.
     * Text is drawn with Java2D's default logical font (works headless).
     */
    public static BufferedImage legend(int[] codes) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D pg = probe.createGraphics();
        FontMetrics fm = pg.getFontMetrics(font);
        int textWidth = 0;
        for (int c : codes) {
            textWidth = Math.max(textWidth, fm.stringWidth(label(c)));
        }
        pg.dispose();
        int rowHeight = SWATCH + LEGEND_GAP;
        int width = LEGEND_GAP + SWATCH + 2 * LEGEND_GAP + textWidth + LEGEND_GAP;
        int height = LEGEND_GAP + codes.length * rowHeight;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setFont(font);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (int k = 0; k < codes.length; k++) {
                int y = LEGEND_GAP + k * rowHeight;
                g.setColor(Color.GRAY);
                g.drawRect(LEGEND_GAP - 1, y - 1, SWATCH + 1, SWATCH + 1);
                g.setColor(new Color(rgb(codes[k])));
                g.fillRect(LEGEND_GAP, y, SWATCH, SWATCH);
                g.setColor(Color.BLACK);
                int baseline = y + (SWATCH + fm.getAscent() - fm.getDescent()) / 2;
                g.drawString(label(codes[k]), LEGEND_GAP + SWATCH + 2 * LEGEND_GAP, baseline);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static String label(int code) {
        return code + " " + LabelCode.name(code);
    }
}

package org.breastct.knime.thumbnail;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import java.util.WeakHashMap;

import org.breastct.knime.data.VolumeValue;
import org.breastct.volume.Volume;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.renderer.AbstractDataValueRendererFactory;
import org.knime.core.data.renderer.AbstractPainterDataValueRenderer;
import org.knime.core.data.renderer.DataValueRenderer;

/**
 * Table thumbnail of a volume cell (the default renderer of volume columns): the mid coronal slice,
 * grey for an HU image, in the label colours for a label volume ({@link VolumeThumbnails}). Only that
 * slice is read; thumbnails are kept per cell while the cell is referenced. KNIME's web table view
 * paints it into a PNG through its Swing renderer adapter. Registered in plugin.xml for
 * {@link VolumeValue}.
 */
@SuppressWarnings("serial")
public final class VolumeThumbnailRenderer extends AbstractPainterDataValueRenderer {

    private static final Map<VolumeValue, BufferedImage> CACHE = new WeakHashMap<>();

    private transient BufferedImage thumb;

    private String error;

    @Override
    protected void setValue(final Object value) {
        thumb = null;
        error = null;
        if (value instanceof VolumeValue v) {
            try {
                thumb = thumbnail(v);
            } catch (IOException | RuntimeException e) {
                error = "volume '" + v.getMetadata().id() + "': " + e.getMessage();
            }
        }
    }

    private static BufferedImage thumbnail(final VolumeValue v) throws IOException {
        synchronized (CACHE) {
            BufferedImage cached = CACHE.get(v);
            if (cached != null) {
                return cached;
            }
        }
        Volume slice = v.getCoronalSlice(VolumeThumbnails.midSlice(v.getMetadata().dims()));
        BufferedImage img = VolumeThumbnails.draw(slice, VolumeThumbnails.SIZE);
        synchronized (CACHE) {
            CACHE.put(v, img);
        }
        return img;
    }

    @Override
    protected void paintComponent(final Graphics g) {
        super.paintComponent(g);
        if (thumb != null) {
            VolumeThumbnails.paint((Graphics2D) g, thumb, getWidth(), getHeight(), getBackground());
        } else if (error != null) {
            g.setColor(Color.RED);
            g.drawString(error, 2, g.getFontMetrics().getAscent() + 2);
        }
    }

    @Override
    public Dimension getPreferredSize() {
        return thumb == null ? new Dimension(VolumeThumbnails.SIZE, 16)
            : new Dimension(thumb.getWidth(), thumb.getHeight());
    }

    @Override
    public String getDescription() {
        return "Mid coronal slice";
    }

    /** Registered at org.knime.core.DataValueRenderer (the factory, not the renderer). */
    public static final class Factory extends AbstractDataValueRendererFactory {

        @Override
        public String getDescription() {
            return "Mid coronal slice";
        }

        @Override
        public DataValueRenderer createRenderer(final DataColumnSpec colSpec) {
            return new VolumeThumbnailRenderer();
        }
    }
}

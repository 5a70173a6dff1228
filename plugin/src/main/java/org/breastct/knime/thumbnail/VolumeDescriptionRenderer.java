package org.breastct.knime.thumbnail;

import org.breastct.knime.data.VolumeValue;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.renderer.AbstractDataValueRendererFactory;
import org.knime.core.data.renderer.DataValueRenderer;
import org.knime.core.data.renderer.DefaultDataValueRenderer;

/**
 * The textual renderer of volume cells, kept next to the thumbnail: id, voxel type, shape and
 * spacing, e.g. {@code phantom_s5: int16 56x160x160, 0.30 mm}.
 */
@SuppressWarnings("serial")
public final class VolumeDescriptionRenderer extends DefaultDataValueRenderer {

    static final String DESCRIPTION = "Description (type, shape, spacing)";

    VolumeDescriptionRenderer(final DataColumnSpec spec) {
        super(spec, DESCRIPTION);
    }

    @Override
    protected void setValue(final Object value) {
        if (value instanceof VolumeValue v) {
            super.setValue(v.getMetadata().id() + ": " + v.getMetadata().describe());
        } else {
            super.setValue(value);
        }
    }

    /** Registered at org.knime.core.DataValueRenderer. */
    public static final class Factory extends AbstractDataValueRendererFactory {

        @Override
        public String getDescription() {
            return DESCRIPTION;
        }

        @Override
        public DataValueRenderer createRenderer(final DataColumnSpec colSpec) {
            return new VolumeDescriptionRenderer(colSpec);
        }
    }
}

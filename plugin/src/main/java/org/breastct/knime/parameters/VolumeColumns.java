package org.breastct.knime.parameters;

import org.breastct.knime.data.VolumeValue;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider;

/**
 * Column choices of a volume setting: the columns of the first input table that hold Breast CT
 * volumes. Which voxel type a column holds (int16 image, uint8 labels, bool mask) is not part of
 * the column type, so the node checks it per row and names the row if it is wrong.
 */
public final class VolumeColumns extends CompatibleColumnsProvider {

    VolumeColumns() {
        super(VolumeValue.class);
    }
}

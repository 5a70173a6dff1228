package org.breastct.segmentation;

import java.util.List;

import org.breastct.volume.ByteVolume;
import org.breastct.volume.MaskVolume;

/**
 * Outputs of {@link BreastSegmenter#segment} (docs/method.md "Outputs of a segmentation").
 *
 * @param labels          the label volume (uint8 codes of {@link LabelCode}), same id, shape and spacing
 *                        as the image
 * @param fold            the skin-fold volume, cropped to its first {@code fl} slices as the scripts
 *                        do ({@code fl x ny x nx}, same id and spacing); null when there is no fold voxel
 * @param times           process time per stage
 * @param foldFound       2.2 found more than one large component on a fold slice
 * @param ribFound        rib voxels (5) were written
 * @param implantFound    an implant (7) was found
 * @param muscleFound     muscle voxels (4) were written
 * @param densityEstimate G0 of 2.6 (NaN when no voxel stayed fat)
 * @param notes           human-readable messages, in stage order
 */
public record SegmentationResult(ByteVolume labels, MaskVolume fold, StageTimes times, boolean foldFound,
        boolean ribFound, boolean implantFound, boolean muscleFound, double densityEstimate, List<String> notes) {

    public SegmentationResult {
        notes = List.copyOf(notes);
    }
}

package org.breastct.segmentation;

/**
 * The segmentation of one breast cannot proceed (e.g. the volume holds no tissue, or its chest-wall
 * slice is empty). The message always names the breast id and the reason, e.g.
 * {@code breast 0042: no voxel above -500 HU (no tissue at all)}. Unchecked; front ends turn it into
 * a per-breast error message.
 */
public class SegmentationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String breastId;

    public SegmentationException(String breastId, String reason) {
        super("breast " + breastId + ": " + reason);
        this.breastId = breastId;
    }

    /** Id of the breast whose segmentation failed. */
    public String breastId() {
        return breastId;
    }
}

package org.breastct.segmentation;

import java.util.Locale;

/**
 * Which segmentation method {@link BreastSegmenter} runs ({@link SegmentationSettings#method()}).
 *
 * <ul>
 * <li>{@link #PUBLISHED} (default): docs/method.md section 2 exactly as the authors' scripts run it.</li>
 * <li>{@link #ROBUST}: the published method with the three changes of docs/method.md "Robust mode" (optional, not yet
 * validated on real scans): R1 skin thickness from the 3-D depth profile ({@link SkinDepthProfileStage},
 * after 2.3), R2 muscle as the dense slab at the chest wall ({@link ChestWallSlabMuscleStage}, replaces
 * 2.5) and R3 the implant's partial-volume shell ({@link ImplantShellStage}, after R2).</li>
 * </ul>
 * Every output names the method with {@link #id()}.
 */
public enum SegmentationMethod {
    /** The published method (Shim et al. 2022), voxel-identical to the scripts. */
    PUBLISHED,
    /** Robust mode: R1 + R2 + R3 of docs/method.md "Robust mode" on top of the published method. */
    ROBUST;

    /** The lower-case name used in files, options and outputs: {@code published} or {@code robust}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The method named {@code text} ({@code published} or {@code robust}, case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted values otherwise
     */
    public static SegmentationMethod parse(String text) {
        for (SegmentationMethod m : values()) {
            if (m.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown segmentation method '" + text + "': use published or robust");
    }
}

package org.breastct.phantom;

import java.util.Locale;

/**
 * Stress variants of the phantom ({@link PhantomSpec#variant()}), made to test robust mode
 * (robust-mode.md) against ground truth where the published method is known to fail. Each changes
 * one thing of the standard geometry of {@link PhantomGenerator}:
 * <ul>
 * <li>{@link #STANDARD}: the standard phantom.</li>
 * <li>{@link #CHEST_WALL_GLANDS}: glands are allowed from slice 0 on and right up to the muscle (the
 *     standard phantom keeps them 3 slices beyond the muscle and the ribs), so the gland tree touches
 *     the chest wall and the pectoralis.</li>
 * <li>{@link #THIN_SKIN}: skin {@value #THIN_SKIN_VOXELS} voxels thick instead of 5.</li>
 * <li>{@link #THICK_SKIN}: skin {@value #THICK_SKIN_VOXELS} voxels thick.</li>
 * <li>{@link #DENSE_SKIN}: skin at {@value #DENSE_SKIN_HU} HU instead of +5 HU.</li>
 * <li>{@link #MUSCLE_TO_SURFACE}: the pectoralis reaches the skin (no fat between them).</li>
 * <li>{@link #NO_MUSCLE}: no pectoralis at all.</li>
 * </ul>
 */
public enum PhantomVariant {
    STANDARD,
    CHEST_WALL_GLANDS,
    THIN_SKIN,
    THICK_SKIN,
    DENSE_SKIN,
    MUSCLE_TO_SURFACE,
    NO_MUSCLE;

    /** Skin thickness of {@link #THIN_SKIN}, voxels along the normal. */
    public static final double THIN_SKIN_VOXELS = 2;
    /** Skin thickness of {@link #THICK_SKIN}, voxels along the normal. */
    public static final double THICK_SKIN_VOXELS = 9;
    /** Clean HU of the skin of {@link #DENSE_SKIN}. */
    public static final int DENSE_SKIN_HU = 60;

    /** Lower-case name with dashes, used in ids and on the command line, e.g. {@code chest-wall-glands}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The variant of {@link #id()} {@code text}; throws IllegalArgumentException listing the ids otherwise. */
    public static PhantomVariant parse(String text) {
        for (PhantomVariant v : values()) {
            if (v.id().equals(text)) {
                return v;
            }
        }
        StringBuilder ids = new StringBuilder();
        for (PhantomVariant v : values()) {
            ids.append(ids.length() == 0 ? "" : ", ").append(v.id());
        }
        throw new IllegalArgumentException("unknown phantom variant '" + text + "': use one of " + ids);
    }
}

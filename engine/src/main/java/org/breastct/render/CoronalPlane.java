package org.breastct.render;

/** Which slice the coronal image ({@code _c_}) shows. */
public enum CoronalPlane {
    /** A fixed slice index ({@link RenderSettings#coronalSlice()}); the scripts use slice 0, the chest wall. */
    SLICE,
    /** The tip slice ({@link Tip#slice()}). */
    TIP,
    /** The slice with the most non-zero labels (ties: the lowest index). */
    LARGEST_TRANSECTION
}

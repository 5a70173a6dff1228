package org.breastct.render;

/**
 * The breast tip of docs/method.md section 3: a slice and the truncated centre of mass (row, col) of
 * the non-zero labels on it.
 *
 * @param slice z index
 * @param row centre-of-mass row, truncated toward zero
 * @param col centre-of-mass column, truncated toward zero
 * @param source how it was found
 */
public record Tip(int slice, int row, int col, Source source) {

    /** How the tip slice was found. */
    public enum Source {
        /** The last non-empty slice among the last 50 (the scripts' rule). */
        LAST_50,
        /**
         * None of the last 50 slices has a label: the last non-empty slice anywhere (the scripts
         * would take the centre of mass of an empty slice, NaN).
         */
        FALLBACK,
        /** No label at all: the last slice and the centre of the slice (ny / 2, nx / 2). */
        EMPTY
    }

    /** A sentence for logs, e.g. "tip at slice 11, row 6, col 10 (last 50 slices)". */
    public String describe() {
        String how = switch (source) {
            case LAST_50 -> "last 50 slices";
            case FALLBACK -> "none of the last 50 slices is labelled; last labelled slice";
            case EMPTY -> "no labelled voxel; centre of the last slice";
        };
        return "tip at slice " + slice + ", row " + row + ", col " + col + " (" + how + ")";
    }
}

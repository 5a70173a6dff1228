package org.breastct.segmentation;

/**
 * The label codes of a segmentation (the authors' colour code, docs/method.md "Conventions").
 * 8 is unused; 9 (cylinder) appears only in exported DICOM.
 */
public final class LabelCode {

    public static final int AIR = 0;
    public static final int FAT = 1;
    public static final int GLANDS = 2;
    public static final int SKIN = 3;
    public static final int MUSCLE = 4;
    public static final int RIB = 5;
    public static final int SKIN_FOLD = 6;
    public static final int IMPLANT = 7;
    public static final int CYLINDER = 9;

    /** Highest code a label volume may hold. */
    public static final int MAX = CYLINDER;

    private static final String[] NAMES = {"air", "fat", "glands", "skin", "muscle", "rib", "skin fold", "implant",
        "unused", "cylinder"};

    private LabelCode() {
    }

    /** Human-readable name of a code, e.g. "glands"; "label N" for codes outside 0..9. */
    public static String name(int code) {
        return code >= 0 && code < NAMES.length ? NAMES[code] : "label " + code;
    }
}

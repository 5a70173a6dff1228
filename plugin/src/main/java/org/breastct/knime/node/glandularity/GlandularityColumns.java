package org.breastct.knime.node.glandularity;

import java.util.ArrayList;
import java.util.List;

import org.breastct.analysis.GlandularityResult;
import org.breastct.segmentation.LabelCode;

/** Names and values of the columns the Glandularity Calculator appends (plain Java, unit-tested). */
public final class GlandularityColumns {

    /** Label codes whose volume in ml gets a column, in this order. */
    static final int[] VOLUME_CODES = {LabelCode.FAT, LabelCode.GLANDS, LabelCode.SKIN, LabelCode.MUSCLE,
        LabelCode.RIB, LabelCode.SKIN_FOLD, LabelCode.IMPLANT};

    private GlandularityColumns() {
    }

    /** Column names: HU_G, Seg_G, breast (ml), one "&lt;label&gt; (ml)" per code, mean HU tissue / fat / glands. */
    public static List<String> names() {
        List<String> n = new ArrayList<>();
        n.add("HU_G");
        n.add("Seg_G");
        n.add("breast (ml)");
        for (int code : VOLUME_CODES) {
            n.add(LabelCode.name(code) + " (ml)");
        }
        n.add("mean HU tissue");
        n.add("mean HU fat");
        n.add("mean HU glands");
        return n;
    }

    /** The values in the order of {@link #names()}; NaN where the result has none. */
    public static double[] values(final GlandularityResult r) {
        double[] v = new double[names().size()];
        int k = 0;
        v[k++] = r.huG();
        v[k++] = r.segG();
        v[k++] = r.breastMillilitres();
        for (int code : VOLUME_CODES) {
            v[k++] = r.millilitres(code);
        }
        v[k++] = r.meanHuTissue();
        v[k++] = r.meanHuFat();
        v[k++] = r.meanHuGlands();
        return v;
    }
}

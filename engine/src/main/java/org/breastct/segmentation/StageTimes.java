package org.breastct.segmentation;

/**
 * Process time of each stage in seconds, the columns of the scripts' {@code Segmentation_time.csv}
 * ({@code id,Total,Glands,Skin,Muscle,Rib,Fold,Silicone}, docs/method.md "Outputs"). Glands covers 2.6
 * and 2.7, Skin 2.3, Muscle 2.5, Rib the part of 2.4 that is not the implant, Fold 2.2, Silicone the
 * implant part of 2.4 (0 without implant). Total also covers 2.1 and bookkeeping. All values are
 * finite and >= 0 (validated).
 */
public record StageTimes(double total, double glands, double skin, double muscle, double rib, double fold,
        double silicone) {

    public StageTimes {
        for (double v : new double[] {total, glands, skin, muscle, rib, fold, silicone}) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("stage times must be finite and >= 0: " + v);
            }
        }
    }
}

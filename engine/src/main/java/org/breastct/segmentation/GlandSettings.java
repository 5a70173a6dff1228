package org.breastct.segmentation;

/**
 * docs/method.md 2.7, Glands: the threshold search starts at {@code startHu} and goes down by
 * {@code stepHu} at most {@code maxIterations} times. Validated: start in the int16 range, step and
 * iterations positive, and the search stays above air (-1024 HU).
 *
 * @param startHu       th = -51
 * @param stepHu        th -= 5
 * @param maxIterations at most 20 times
 */
public record GlandSettings(int startHu, int stepHu, int maxIterations) {

    /** The published values. */
    public static final GlandSettings DEFAULTS = new GlandSettings(-51, 5, 20);

    public GlandSettings {
        SettingsChecks.hu("glandStartHu", startHu);
        SettingsChecks.positive("glandStepHu", stepHu);
        SettingsChecks.positive("glandMaxIterations", maxIterations);
        if ((long) startHu - (long) stepHu * maxIterations <= -1024) {
            throw new IllegalArgumentException("gland threshold search would go down to "
                    + (startHu - (long) stepHu * maxIterations)
                    + " HU, at or below air (-1024); raise glandStartHu or lower the step/iterations");
        }
    }
}

package org.breastct.segmentation;

/**
 * The HU thresholds of docs/method.md (Conventions, "Thresholds"); every one compares strictly
 * ({@code img > threshold}). Validated: each lies in the int16 range.
 *
 * @param siliconeHu 2.4: silicone (implant), {@code img > 130}
 * @param boneHu     2.4: bone (rib), {@code img > 100}
 * @param muscleHu   2.5: muscle, {@code img > -100}
 * @param skinHu     2.3: skin, {@code img > -180}
 * @param breastHu   2.1: breast, {@code img > -500}
 */
public record Thresholds(int siliconeHu, int boneHu, int muscleHu, int skinHu, int breastHu) {

    /** The published thresholds. */
    public static final Thresholds DEFAULTS = new Thresholds(130, 100, -100, -180, -500);

    public Thresholds {
        SettingsChecks.hu("siliconeHu", siliconeHu);
        SettingsChecks.hu("boneHu", boneHu);
        SettingsChecks.hu("muscleHu", muscleHu);
        SettingsChecks.hu("skinHu", skinHu);
        SettingsChecks.hu("breastHu", breastHu);
    }
}

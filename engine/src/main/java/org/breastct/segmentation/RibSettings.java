package org.breastct.segmentation;

/**
 * docs/method.md 2.4, Ribs and silicone implant.
 *
 * @param minChestWallVoxels the largest bone component needs more than 50 voxels on slice 0 ({@code >= 0})
 * @param implantMinVoxels   a bone component of more than 150^3 voxels means an implant ({@code >= 0})
 * @param extraRibMinVoxels  further rib components need more than 15^3 voxels ({@code >= 0})
 * @param implantDilation    {@code dilate 5} after the eroded LCC (odd)
 */
public record RibSettings(int minChestWallVoxels, long implantMinVoxels, long extraRibMinVoxels,
        int implantDilation) {

    /** docs/method.md 2.4: more than 150^3 voxels is an implant. */
    public static final long IMPLANT_MIN_VOXELS = 150L * 150 * 150;

    /** The published values. */
    public static final RibSettings DEFAULTS = new RibSettings(50, IMPLANT_MIN_VOXELS, 15L * 15 * 15, 5);

    public RibSettings {
        SettingsChecks.nonNegative("ribMinChestWallVoxels", minChestWallVoxels);
        SettingsChecks.nonNegative("implantMinVoxels", implantMinVoxels);
        SettingsChecks.nonNegative("extraRibMinVoxels", extraRibMinVoxels);
        SettingsChecks.odd("implantDilation", implantDilation);
    }

    public RibSettings withImplantMinVoxels(long v) {
        return new RibSettings(minChestWallVoxels, v, extraRibMinVoxels, implantDilation);
    }

    public RibSettings withExtraRibMinVoxels(long v) {
        return new RibSettings(minChestWallVoxels, implantMinVoxels, v, implantDilation);
    }
}

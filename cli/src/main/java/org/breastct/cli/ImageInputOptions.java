package org.breastct.cli;

import org.breastct.io.npy.NpyVolumes;

/** How HU images are read from {@code .npy}: {@code --stored-offset N} and {@code --no-hu-check}. */
final class ImageInputOptions {

    private ImageInputOptions() {
    }

    /** Help lines of these options. */
    static final String HELP = """
              --stored-offset N     unsigned .npy images (uint8/uint16) hold HU + N: convert them (e.g. 1024);
                                    without it they are refused
              --no-hu-check         do not refuse images that do not look like HU (under 1 % air voxels)
            """;

    /** {@code --stored-offset N} and {@code --no-hu-check}. */
    static NpyVolumes.ImageOptions parse(Args args) throws UsageException {
        NpyVolumes.ImageOptions o = NpyVolumes.ImageOptions.DEFAULTS;
        if (args.has("stored-offset")) {
            int n = args.intOption("stored-offset", 0);
            if (n < 0 || n > 32768) {
                throw new UsageException("--stored-offset must be 0..32768, got " + n);
            }
            o = o.withStoredOffset(n);
        }
        return o.withCheckPlausible(!args.flag("no-hu-check"));
    }
}

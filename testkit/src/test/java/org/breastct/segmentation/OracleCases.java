package org.breastct.segmentation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;

import org.breastct.parallel.TaskExecutor;
import org.breastct.phantom.Phantom;
import org.breastct.phantom.PhantomGenerator;
import org.breastct.phantom.PhantomSpec;
import org.breastct.progress.Progress;
import org.breastct.volume.ShortVolume;

/**
 * The phantom cases of {@link SegmentationOracleTest}, shared with the fixture generator: run {@link #main}
 * to dump their images for {@code segment_oracle.py} (see {@code make_oracle_fixtures.sh} in the test
 * resources of this package).
 */
final class OracleCases {

    /** Implant cases lower the 150^3 implant size to fit the small phantoms (docs/method.md 2.4). */
    static final long SMALL_IMPLANT_MIN_VOXELS = 2000;

    /**
     * @param name            fixture base name
     * @param spec            phantom to generate
     * @param implantMin      the implantMinVoxels setting (the oracle's --implant-min)
     * @param scriptsParity the scriptsParity setting (the oracle's --scripts-gland-rule)
     */
    record Case(String name, PhantomSpec spec, long implantMin, boolean scriptsParity) {

        SegmentationSettings settings() {
            return SegmentationSettings.DEFAULTS.withRibs(r -> r.withImplantMinVoxels(implantMin))
                    .withScriptsParity(scriptsParity);
        }

        String oracleArgs() {
            return "--implant-min " + implantMin + (scriptsParity ? " --scripts-gland-rule" : "");
        }
    }

    static final List<Case> CASES = List.of(
            new Case("plain_40x128", PhantomSpec.DEFAULT.withShape(40, 128, 128),
                    RibSettings.IMPLANT_MIN_VOXELS, false),
            new Case("fold_40x200", PhantomSpec.DEFAULT.withShape(40, 200, 200).withSeed(5).withFold(true),
                    RibSettings.IMPLANT_MIN_VOXELS, false),
            new Case("rib2_40x200", PhantomSpec.DEFAULT.withShape(40, 200, 200).withSeed(3).withRibs(2),
                    RibSettings.IMPLANT_MIN_VOXELS, false),
            new Case("rib3_implant_40x240_scripts",
                    PhantomSpec.DEFAULT.withShape(40, 240, 240).withSeed(6).withRibs(3).withImplant(true),
                    SMALL_IMPLANT_MIN_VOXELS, true));

    private OracleCases() {
    }

    static Phantom phantom(Case c, TaskExecutor ex) {
        return PhantomGenerator.generate(c.spec(), ex, Progress.NONE);
    }

    /** CRC-32 of the image as little-endian int16 bytes (what the oracle read). */
    static long crc(ShortVolume image) {
        ByteBuffer b = ByteBuffer.allocate(image.data().length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short v : image.data()) {
            b.putShort(v);
        }
        CRC32 crc = new CRC32();
        crc.update(b.array());
        return crc.getValue();
    }

    /** Writes {@code <name>.img.raw} (int16 LE) and {@code <name>.case} (shape, CRC, oracle args) per case. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        try (TaskExecutor ex = TaskExecutor.withThreads(0)) {
            for (Case c : CASES) {
                ShortVolume img = phantom(c, ex).image();
                ByteBuffer b = ByteBuffer.allocate(img.data().length * 2).order(ByteOrder.LITTLE_ENDIAN);
                for (short v : img.data()) {
                    b.putShort(v);
                }
                Files.write(dir.resolve(c.name() + ".img.raw"), b.array());
                Files.writeString(dir.resolve(c.name() + ".case"), img.dims().nz() + " " + img.dims().ny() + " "
                        + img.dims().nx() + " " + crc(img) + " " + c.oracleArgs() + "\n");
                System.out.println(c.name() + " " + img.dims());
            }
        }
    }
}

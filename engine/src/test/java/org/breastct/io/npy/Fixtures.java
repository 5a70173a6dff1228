package org.breastct.io.npy;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.breastct.volume.Volume;

/**
 * The numpy-written fixtures of src/test/resources/org/breastct/io/npy (made by make_fixtures.py
 * with numpy 1.24) and the value formulas they were made from, restated here independently.
 */
final class Fixtures {

    /** Shape of the 3-D formula fixtures. */
    static final int NZ = 2;
    static final int NY = 3;
    static final int NX = 4;

    /** The ten supported dtypes with the tags used in the fixture names. */
    static final String[] DTYPES = {"bool", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64",
        "float32", "float64"};

    private Fixtures() {
    }

    static Path fixture(String name) {
        URL url = Fixtures.class.getResource(name);
        assertNotNull(url, "missing test resource " + name + " (run make_fixtures.py)");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code 300*z + 40*y + 3*x}, 0..389 on (2, 3, 4). */
    static int base(int z, int y, int x) {
        return 300 * z + 40 * y + 3 * x;
    }

    /** The value make_fixtures.py stores at (z, y, x) of t_&lt;dtype&gt;_*.npy (bool as 0/1). */
    static int formula(String dtype, int z, int y, int x) {
        int b = base(z, y, x);
        return switch (dtype) {
            case "int16", "int32", "int64", "float32", "float64" -> b - 200;
            case "uint16", "uint32" -> b;
            case "int8" -> b % 256 - 128;
            case "uint8" -> b % 256;
            case "bool" -> b % 3 == 0 ? 1 : 0;
            default -> throw new IllegalArgumentException(dtype);
        };
    }

    /** The formula fixture names of one dtype: C and Fortran order, each byte order numpy writes. */
    static String[] formulaFiles(String dtype) {
        boolean oneByte = dtype.equals("bool") || dtype.equals("int8") || dtype.equals("uint8");
        if (oneByte) {
            return new String[] {"t_" + dtype + "_na_c.npy", "t_" + dtype + "_na_f.npy"};
        }
        return new String[] {"t_" + dtype + "_le_c.npy", "t_" + dtype + "_le_f.npy", "t_" + dtype + "_be_c.npy",
            "t_" + dtype + "_be_f.npy"};
    }

    /** Values of a volume as ints in C order (bool 0/1, uint8 unsigned). */
    static int[] values(Volume v) {
        int[] out = new int[v.dims().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.intAt(i);
        }
        return out;
    }

    /** The formula of {@code dtype} over (2, 3, 4) in C order. */
    static int[] formulaValues(String dtype) {
        int[] out = new int[NZ * NY * NX];
        for (int z = 0; z < NZ; z++) {
            for (int y = 0; y < NY; y++) {
                for (int x = 0; x < NX; x++) {
                    out[(z * NY + y) * NX + x] = formula(dtype, z, y, x);
                }
            }
        }
        return out;
    }
}

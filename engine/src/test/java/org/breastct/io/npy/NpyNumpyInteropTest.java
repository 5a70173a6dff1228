package org.breastct.io.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written here load in numpy ({@code /usr/bin/python3}) with the same dtype, shape and values.
 * Fails (never skips), naming scripts/setup-machine.sh, where /usr/bin/python3 or its numpy is missing.
 */
class NpyNumpyInteropTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    /** Prints, per file: name, dtype.str, shape (space separated, '-' for none), C-order values. */
    private static final String LOADER = String.join("\n",
            "import sys, numpy as np",
            "for p in sys.argv[1:]:",
            "    a = np.load(p, allow_pickle=False)",
            "    shape = ' '.join(str(d) for d in a.shape) or '-'",
            "    vals = ','.join(str(int(v)) for v in a.ravel(order='C'))",
            "    print(p.rsplit('/', 1)[-1] + '|' + a.dtype.str + '|' + shape + '|' + vals)");

    @Test
    void javaWrittenFilesLoadInNumpy(@TempDir Path dir) throws Exception {
        assertTrue(Files.isExecutable(PYTHON), PYTHON + " not found: run scripts/setup-machine.sh (apt-get install "
                + "python3-numpy), the independent numpy check needs it");
        assertTrue(run(List.of(PYTHON.toString(), "-c", "import numpy")).exit == 0,
                "numpy is not importable by " + PYTHON + ": run scripts/setup-machine.sh (apt-get install python3-numpy)");

        Random rnd = new Random(7);
        short[] s = new short[3 * 4 * 5];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) (rnd.nextInt(65536) - 32768);
        }
        s[0] = Short.MIN_VALUE;
        s[1] = Short.MAX_VALUE;
        byte[] b = new byte[2 * 3 * 4];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 11);
        }
        boolean[] m = new boolean[2 * 2 * 3];
        for (int i = 0; i < m.length; i++) {
            m[i] = i % 3 != 1;
        }
        Map<String, Volume> volumes = new LinkedHashMap<>();
        volumes.put("image.npy", new ShortVolume("image", new Dims(3, 4, 5), Spacing.UNIT, s));
        volumes.put("labels.npy", new ByteVolume("labels", new Dims(2, 3, 4), Spacing.UNIT, b));
        volumes.put("mask.npy", new MaskVolume("mask", new Dims(2, 2, 3), Spacing.UNIT, m));
        volumes.put("empty.npy", ShortVolume.zeros("empty", new Dims(0, 3, 4), Spacing.UNIT));
        Map<String, Volume> slices = new LinkedHashMap<>();
        slices.put("cylinder.npy", new MaskVolume("cylinder", Dims.slice(2, 3), Spacing.UNIT,
                new boolean[] {true, false, false, true, true, false}));
        slices.put("slice.npy", new ShortVolume("slice", Dims.slice(3, 2), Spacing.UNIT,
                new short[] {-1024, 0, 1, 200, 3000, -32768}));

        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), "-c", LOADER));
        for (Map.Entry<String, Volume> e : volumes.entrySet()) {
            NpyWriter.write(dir.resolve(e.getKey()), e.getValue());
            cmd.add(dir.resolve(e.getKey()).toString());
        }
        for (Map.Entry<String, Volume> e : slices.entrySet()) {
            NpyWriter.write2d(dir.resolve(e.getKey()), e.getValue());
            cmd.add(dir.resolve(e.getKey()).toString());
        }
        Result r = run(cmd);
        assertEquals(0, r.exit, "numpy failed to load the files:\n" + r.output);

        List<String> expected = new ArrayList<>();
        for (Map.Entry<String, Volume> e : volumes.entrySet()) {
            Dims d = e.getValue().dims();
            expected.add(line(e.getKey(), e.getValue(), d.nz() + " " + d.ny() + " " + d.nx()));
        }
        for (Map.Entry<String, Volume> e : slices.entrySet()) {
            Dims d = e.getValue().dims();
            expected.add(line(e.getKey(), e.getValue(), d.ny() + " " + d.nx()));
        }
        assertEquals(expected, r.output.lines().toList());
    }

    private static String line(String name, Volume v, String shape) {
        String dtype = switch (v.type()) {
            case INT16 -> "<i2";
            case UINT8 -> "|u1";
            case BOOL -> "|b1";
        };
        StringBuilder vals = new StringBuilder();
        for (int i = 0; i < v.dims().size(); i++) {
            if (i > 0) {
                vals.append(',');
            }
            vals.append(v.intAt(i));
        }
        return name + "|" + dtype + "|" + shape + "|" + vals;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}

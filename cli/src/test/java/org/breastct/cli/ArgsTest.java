package org.breastct.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {

    private static Args parse(String... argv) throws UsageException {
        return Args.parse(List.of(argv), Set.of("output", "shape", "threads"), Set.of("force", "quiet"));
    }

    @Test
    void positionalsOptionsAndFlags() throws Exception {
        Args a = parse("in", "--output", "out", "--force", "--threads=3");
        assertEquals(List.of("in"), a.positionals());
        assertEquals("out", a.option("output", null));
        assertTrue(a.flag("force"));
        assertFalse(a.flag("quiet"));
        assertEquals(3, a.intOption("threads", 0));
        assertEquals(7, parse().intOption("threads", 7));
    }

    @Test
    void shapeIsThreePositiveIntegers() throws Exception {
        assertArrayEquals(new int[] {40, 128, 160}, parse("--shape", "40,128,160").shapeOption("shape"));
        assertArrayEquals(new int[] {40, 128, 160}, parse("--shape", "40x128x160").shapeOption("shape"));
        assertEquals("--shape must be SLICES,ROWS,COLUMNS, got '40,128'",
                assertThrows(UsageException.class, () -> parse("--shape", "40,128").shapeOption("shape")).getMessage());
        assertThrows(UsageException.class, () -> parse("--shape", "0,128,128").shapeOption("shape"));
    }

    @Test
    void badUsageIsReported() {
        assertEquals("unknown option --bogus", assertThrows(UsageException.class, () -> parse("--bogus")).getMessage());
        assertEquals("option --output needs a value",
                assertThrows(UsageException.class, () -> parse("--output")).getMessage());
        assertEquals("option --force takes no value",
                assertThrows(UsageException.class, () -> parse("--force=yes")).getMessage());
        assertEquals("--threads must be an integer, got 'two'",
                assertThrows(UsageException.class, () -> parse("--threads", "two").intOption("threads", 1)).getMessage());
    }

    @Test
    void helpIsAlwaysAFlag() throws Exception {
        assertTrue(parse("-h").flag("help"));
        assertTrue(parse("--help").flag("help"));
    }
}

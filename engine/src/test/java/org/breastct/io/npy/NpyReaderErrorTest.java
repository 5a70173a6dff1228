package org.breastct.io.npy;

import static org.breastct.io.npy.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.breastct.volume.VoxelType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives an NpyFormatException naming the file and the problem. */
class NpyReaderErrorTest {

    /** Asserts the failure is an NpyFormatException whose message names the file and every fragment. */
    private static NpyFormatException assertFails(Path file, Executable read, String... fragments) {
        NpyFormatException e = assertThrows(NpyFormatException.class, read);
        assertEquals(file, e.file());
        String msg = e.getMessage();
        assertTrue(msg.startsWith(file + ": "), msg);
        for (String f : fragments) {
            assertTrue(msg.contains(f), "message lacks '" + f + "': " + msg);
        }
        return e;
    }

    /** readHeader and read both fail the same way. */
    private static void assertBadFile(String name, String... fragments) {
        Path file = fixture(name);
        assertFails(file, () -> NpyReader.readHeader(file), fragments);
        assertFails(file, () -> NpyReader.read(file), fragments);
    }

    @Test
    void notAnNpyFile() {
        assertBadFile("bad_magic.npy", "not an NPY file", "magic", "50 4B 03 04");
        assertBadFile("bad_empty.npy", "not an NPY file", "the file is empty");
        assertBadFile("bad_short.npy", "truncated header");
    }

    @Test
    void unsupportedVersion() {
        assertBadFile("bad_version_4_0.npy", "unsupported NPY format version 4.0", "1.0, 2.0, 3.0");
        assertBadFile("bad_version_1_1.npy", "unsupported NPY format version 1.1");
    }

    @TestFactory
    List<DynamicTest> unsupportedDtypes() {
        String[][] cases = {
            {"bad_dtype_complex64.npy", "'<c8'", "complex"},
            {"bad_dtype_float16.npy", "'<f2'", "float16"},
            {"bad_dtype_uint64.npy", "'<u8'", "uint64"},
            {"bad_dtype_unicode.npy", "'<U2'", "string"},
            {"bad_dtype_structured.npy", "structured dtype", "('a', '<i2')"},
        };
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] c : cases) {
            tests.add(DynamicTest.dynamicTest(c[0], () -> assertBadFile(c[0], "unsupported dtype", c[1], c[2])));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> headerIsNotAValidDict() {
        String[][] cases = {
            {"bad_dict_not_dict.npy", "header is not a dict", "[1, 2, 3]"},
            {"bad_dict_missing_key.npy", "exactly the keys", "['descr', 'shape']"},
            {"bad_dict_extra_key.npy", "exactly the keys", "'x'"},
            {"bad_dict_shape_int.npy", "'shape' is not a tuple", "24"},
            {"bad_dict_shape_list.npy", "'shape' is not a tuple", "[2, 3, 4]"},
            {"bad_dict_shape_float.npy", "not a valid Python dict literal", "only decimal integers"},
            {"bad_dict_fortran_str.npy", "'fortran_order' is not True or False", "'False'"},
            {"bad_dict_unterminated.npy", "not a valid Python dict literal", "found 'f' at character 17"},
            {"bad_dict_no_brace.npy", "not a valid Python dict literal", "unterminated dict"},
            {"bad_dict_garbage.npy", "not a valid Python dict literal", "unexpected text after the literal"},
            {"bad_dict_descr_int.npy", "'descr' is not a string", "2"},
            {"bad_dict_shape_negative.npy", "negative dimension", "-3"},
        };
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] c : cases) {
            tests.add(DynamicTest.dynamicTest(c[0], () -> assertBadFile(c[0], c[1], c[2])));
        }
        return tests;
    }

    @Test
    void truncatedHeaderAndData() throws Exception {
        assertBadFile("bad_header_truncated.npy", "truncated header", "118 bytes", "only 98");
        Path file = fixture("bad_truncated.npy");
        assertEquals(3, NpyReader.readHeader(file).ndim(), "the header itself is fine");
        assertFails(file, () -> NpyReader.read(file), "truncated data", "needs 48 bytes", "has only 43");
    }

    @Test
    void moreDataThanTheShapeIsAShapeMismatch() throws Exception {
        Path file = fixture("bad_trailing.npy");
        assertEquals(3, NpyReader.readHeader(file).ndim());
        assertFails(file, () -> NpyReader.read(file), "shape mismatch", "(2, 3, 4)", "needs 48 bytes", "has 52");
    }

    @Test
    void wrongNumberOfDimensions() {
        Path d1 = fixture("shape_1d.npy");
        assertFails(d1, () -> NpyReader.read(d1), "expected a 3-D array", "1-D array of shape (5,)");
        Path d0 = fixture("shape_0d.npy");
        assertFails(d0, () -> NpyReader.read(d0), "0-D array of shape ()");
        Path d4 = fixture("shape_4d.npy");
        assertFails(d4, () -> NpyReader.read(d4, VoxelType.UINT8), "4-D array of shape (1, 2, 2, 2)");
        Path d3 = fixture("t_bool_na_c.npy");
        assertFails(d3, () -> NpyReader.readMask2d(d3), "expected a 2-D array", "3-D array of shape (2, 3, 4)");
        Path d2 = fixture("cylinder_c.npy");
        assertFails(d2, () -> NpyReader.read(d2), "expected a 3-D array", "2-D array of shape (5, 6)");
    }

    @Test
    void lossyConversionsNameValueAndIndex() {
        Path i32 = fixture("lossy_int32_40000.npy");
        assertFails(i32, () -> NpyReader.read(i32), "int32 value 40000 at index [1, 2, 3]", "does not fit int16");
        Path i32f = fixture("lossy_int32_40000_f.npy");
        assertFails(i32f, () -> NpyReader.read(i32f), "value 40000 at index [1, 2, 3]");
        Path frac = fixture("lossy_float64_fraction.npy");
        assertFails(frac, () -> NpyReader.read(frac), "float64 value 2.5 at index [0, 1, 0]", "not a whole number");
        Path nan = fixture("lossy_float32_nan.npy");
        assertFails(nan, () -> NpyReader.read(nan), "float32 value NaN at index [0, 0, 1]");
        Path inf = fixture("lossy_float64_inf.npy");
        assertFails(inf, () -> NpyReader.read(inf), "value -Infinity at index [0, 0, 1]", "does not fit int16");
        Path u16 = fixture("lossy_uint16_65535.npy");
        assertFails(u16, () -> NpyReader.read(u16), "uint16 value 65535 at index [0, 0, 1]");
        Path labels = fixture("labels_012_uint8.npy");
        assertFails(labels, () -> NpyReader.read(labels, VoxelType.BOOL), "value 2 at index [0, 0, 2]",
                "only 0 and 1");
        Path neg = fixture("negative_int16.npy");
        assertFails(neg, () -> NpyReader.read(neg, VoxelType.UINT8), "int16 value -1 at index [0, 0, 1]",
                "uint8 (0..255)");
        Path big = fixture("t_uint16_be_f.npy"); // 389 at [1, 2, 3] is the first value above 255 in Fortran order?
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> NpyReader.read(big, VoxelType.UINT8));
        // In Fortran order z runs fastest: (0,0,0)=0, (1,0,0)=300 is the second element read.
        assertTrue(e.getMessage().contains("value 300 at index [1, 0, 0]"), e.getMessage());
    }

    @Test
    void handMadeHeadersParsedByOurOwnParser(@TempDir Path dir) throws Exception {
        // a few header forms written here rather than by numpy
        Path ok = npy(dir, "ok.npy", 1, "{ 'shape' : ( 1 , 1 , 2 , ) ,\n 'descr':'\\x3ci2','fortran_order':True}",
                new byte[] {1, 0, 2, 0});
        NpyHeader h = NpyReader.readHeader(ok);
        assertEquals("<i2", h.descr());
        assertTrue(h.fortranOrder());
        assertEquals(3, h.ndim());
        Path v3 = npy(dir, "v3.npy", 3, "{'descr': '<i2', 'fortran_order': False, 'shape': (2,), 'é': 1}",
                new byte[4]);
        assertFails(v3, () -> NpyReader.readHeader(v3), "exactly the keys", "'é'");
        Path dup = npy(dir, "dup.npy", 1, "{'descr': '<i2', 'descr': '<i2', 'fortran_order': False, 'shape': ()}",
                new byte[2]);
        assertFails(dup, () -> NpyReader.readHeader(dup), "duplicate key 'descr'");
        Path longInV3 = npy(dir, "long3.npy", 3, "{'descr': '<i2', 'fortran_order': False, 'shape': (2L,)}",
                new byte[4]);
        assertFails(longInV3, () -> NpyReader.readHeader(longInV3), "not a valid Python dict literal");
        Path huge = npy(dir, "huge.npy", 1,
                "{'descr': '<i2', 'fortran_order': False, 'shape': (99999999999999999999,)}", new byte[0]);
        assertFails(huge, () -> NpyReader.readHeader(huge), "too large");
        Path tooMany = npy(dir, "toomany.npy", 1,
                "{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296)}", new byte[0]);
        assertFails(tooMany, () -> NpyReader.readHeader(tooMany), "more elements than a file can hold");
        Path tooBig = npy(dir, "toobig.npy", 1,
                "{'descr': '|u1', 'fortran_order': False, 'shape': (2048, 1024, 1024)}", new byte[0]);
        assertEquals(3, NpyReader.readHeader(tooBig).ndim());
        assertFails(tooBig, () -> NpyReader.read(tooBig), "2147483648 elements", "more than the 2147483639");
        Path noData = npy(dir, "nodata.npy", 1,
                "{'descr': '|u1', 'fortran_order': False, 'shape': (1024, 1024, 1024)}", new byte[0]);
        assertFails(noData, () -> NpyReader.read(noData), "truncated data", "needs 1073741824 bytes", "has only 0");
    }

    /** Writes a file with the given version and header text (UTF-8 for 3, Latin-1 otherwise), unpadded. */
    private static Path npy(Path dir, String name, int version, String header, byte[] data) throws Exception {
        byte[] h = header.getBytes(version == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        int lengthBytes = version == 1 ? 2 : 4;
        byte[] out = new byte[8 + lengthBytes + h.length + data.length];
        System.arraycopy(NpyReader.MAGIC, 0, out, 0, 6);
        out[6] = (byte) version;
        out[8] = (byte) h.length;
        out[9] = (byte) (h.length >> 8);
        System.arraycopy(h, 0, out, 8 + lengthBytes, h.length);
        System.arraycopy(data, 0, out, 8 + lengthBytes + h.length, data.length);
        Path p = dir.resolve(name);
        Files.write(p, out);
        return p;
    }
}

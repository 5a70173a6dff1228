package org.breastct.io.dicom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.breastct.preprocessing.CylinderGeometry;
import org.breastct.progress.CancelledException;
import org.breastct.progress.Progress;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.Dims;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DicomSeriesWriterTest {

    @TempDir
    Path tmp;

    private static final int NZ = 6;
    private static final int NY = 32;
    private static final int NX = 40;
    private static final Spacing SPACING = new Spacing(0.3, 0.4, 0.5);

    /** label(z, y, x) = (z + y + x) % 8: codes 0..7 on every slice. */
    private static ByteVolume labels() {
        ByteVolume v = ByteVolume.zeros("breast42", new Dims(NZ, NY, NX), SPACING);
        for (int z = 0; z < NZ; z++) {
            for (int y = 0; y < NY; y++) {
                for (int x = 0; x < NX; x++) {
                    v.set(z, y, x, (z + y + x) % 8);
                }
            }
        }
        return v;
    }

    /** Ring = pixels outside radius C/2 - 5. */
    private static MaskVolume ring() {
        return new MaskVolume("ring", Dims.slice(NY, NX), SPACING, CylinderGeometry.outsideMask(NY, NX, 5));
    }

    /** HU-space values expected from labels() with ring() drawn in at value 9. */
    private static int expectedHu(int z, int y, int x, boolean[] ring) {
        int label = (z + y + x) % 8;
        return label == 0 && ring[y * NX + x] ? 9 : label;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void labelSeriesReadBackWithPixelMed() throws Exception {
        Path target = tmp.resolve("segmentation_breast42");
        DicomWriteResult r = DicomSeriesWriter.writeLabels(labels(), target,
                DicomWriteOptions.DEFAULTS.withCylinderRing(ring()), Progress.NONE);
        assertEquals(target.toAbsolutePath().normalize(), r.folder());
        assertEquals(NZ, r.slices());
        List<Path> files = files(target);
        List<Path> expectedNames = new ArrayList<>();
        for (int z = 0; z < NZ; z++) {
            expectedNames.add(target.resolve(String.format("CT%08d.dcm", z)));
        }
        assertEquals(expectedNames, files);
        boolean[] ringData = ring().data();
        Set<String> sops = new HashSet<>();
        Set<String> series = new HashSet<>();
        for (int z = 0; z < NZ; z++) {
            AttributeList l = new AttributeList();
            l.read(files.get(z).toFile());
            assertEquals(SOPClass.CTImageStorage, Attribute.getSingleStringValueOrNull(l, TagFromName.SOPClassUID));
            assertEquals(TransferSyntax.ExplicitVRLittleEndian,
                    Attribute.getSingleStringValueOrNull(l, TagFromName.TransferSyntaxUID));
            assertEquals("CT", Attribute.getSingleStringValueOrNull(l, TagFromName.Modality));
            assertEquals("breast42", Attribute.getSingleStringValueOrNull(l, TagFromName.PatientID));
            assertEquals(z + 1, Attribute.getSingleIntegerValueOrDefault(l, TagFromName.InstanceNumber, -1));
            double[] ipp = Attribute.getDoubleValues(l, TagFromName.ImagePositionPatient);
            assertArrayEquals(new double[] {0, 0, 0.3 * z}, ipp, 1e-9);
            assertEquals(0.3 * z, Attribute.getSingleDoubleValueOrDefault(l, TagFromName.SliceLocation, -1), 1e-9);
            assertArrayEquals(new double[] {0.4, 0.5}, Attribute.getDoubleValues(l, TagFromName.PixelSpacing), 1e-12);
            assertArrayEquals(new double[] {1, 0, 0, 0, 1, 0},
                    Attribute.getDoubleValues(l, TagFromName.ImageOrientationPatient), 0);
            assertEquals(NY, Attribute.getSingleIntegerValueOrDefault(l, TagFromName.Rows, -1));
            assertEquals(NX, Attribute.getSingleIntegerValueOrDefault(l, TagFromName.Columns, -1));
            assertEquals(0, Attribute.getSingleIntegerValueOrDefault(l, TagFromName.PixelRepresentation, -1));
            assertEquals(-1024, Attribute.getSingleDoubleValueOrDefault(l, TagFromName.RescaleIntercept, 0), 0);
            assertEquals(1, Attribute.getSingleDoubleValueOrDefault(l, TagFromName.RescaleSlope, 0), 0);
            assertEquals(DicomSeriesWriter.LABEL_DESCRIPTION,
                    Attribute.getSingleStringValueOrNull(l, TagFromName.SeriesDescription));
            String sop = Attribute.getSingleStringValueOrNull(l, TagFromName.SOPInstanceUID);
            assertEquals(sop, Attribute.getSingleStringValueOrNull(l, TagFromName.MediaStorageSOPInstanceUID));
            assertTrue(sop.length() <= 64 && sop.matches("2\\.25\\.[1-9][0-9]*"), sop);
            sops.add(sop);
            series.add(Attribute.getSingleStringValueOrNull(l, TagFromName.SeriesInstanceUID));
            short[] px = l.get(TagFromName.PixelData).getShortValues();
            for (int y = 0; y < NY; y++) {
                for (int x = 0; x < NX; x++) {
                    assertEquals(expectedHu(z, y, x, ringData) + 1024, px[y * NX + x] & 0xFFFF,
                            "slice " + z + " at " + y + "," + x);
                }
            }
        }
        assertEquals(NZ, sops.size(), "SOPInstanceUIDs all distinct");
        assertEquals(Set.of(r.seriesInstanceUid()), series);
    }

    @Test
    void labelSeriesReadBackWithPydicom() throws Exception {
        assertTrue(Files.isExecutable(Path.of("/usr/bin/python3")),
                "/usr/bin/python3 missing: run scripts/setup-machine.sh (the independent pydicom check needs it)");
        Process check = new ProcessBuilder("/usr/bin/python3", "-c", "import numpy, pydicom").redirectErrorStream(true)
                .start();
        assertTrue(check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0,
                "/usr/bin/python3 has no numpy or pydicom: run scripts/setup-machine.sh (apt-get install python3-numpy "
                + "python3-pydicom)");

        Path target = tmp.resolve("seg");
        DicomWriteResult r = DicomSeriesWriter.writeLabels(labels(), target,
                DicomWriteOptions.DEFAULTS.withCylinderRing(ring()), Progress.NONE);
        Path script = tmp.resolve("read_series_pydicom.py");
        try (InputStream in = getClass().getResourceAsStream("read_series_pydicom.py")) {
            Files.copy(in, script);
        }
        Path raw = tmp.resolve("hu.raw");
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), target.toString(), raw.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        Map<String, String[]> facts = new HashMap<>();
        for (String line : out.split("\n")) {
            String[] parts = line.trim().split(" ");
            facts.put(parts[0], java.util.Arrays.copyOfRange(parts, 1, parts.length));
        }
        assertArrayEquals(new String[] {"6", "32", "40"}, facts.get("shape"));
        assertArrayEquals(new String[] {"1", "2", "3", "4", "5", "6"}, facts.get("instance"));
        assertArrayEquals(new String[] {"CT00000000.dcm", "CT00000001.dcm", "CT00000002.dcm", "CT00000003.dcm",
            "CT00000004.dcm", "CT00000005.dcm"}, facts.get("files"));
        assertEquals(NZ, Set.of(facts.get("sop")).size(), "pydicom sees 6 distinct SOPInstanceUIDs");
        assertArrayEquals(new String[] {r.seriesInstanceUid()}, facts.get("series"));
        String[] ippz = facts.get("ippz");
        String[] loc = facts.get("sliceloc");
        for (int z = 0; z < NZ; z++) {
            assertEquals(0.3 * z, Double.parseDouble(ippz[z]), 1e-9);
            assertEquals(0.3 * z, Double.parseDouble(loc[z]), 1e-9);
        }
        assertArrayEquals(new String[] {"0.4", "0.5", "0.3"}, facts.get("spacing"));
        assertArrayEquals(new String[] {TransferSyntax.ExplicitVRLittleEndian}, facts.get("ts"));
        assertArrayEquals(new String[] {SOPClass.CTImageStorage}, facts.get("sopclass"));
        for (String s : facts.get("mediasop")) {
            assertEquals("True", s);
        }
        assertArrayEquals(new String[] {"CT"}, facts.get("modality"));
        assertArrayEquals(new String[] {"breast42"}, facts.get("patient"));

        ByteBuffer bb = ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN);
        boolean[] ringData = ring().data();
        int cylinder = 0;
        for (int z = 0; z < NZ; z++) {
            for (int y = 0; y < NY; y++) {
                for (int x = 0; x < NX; x++) {
                    int hu = bb.getShort();
                    assertEquals(expectedHu(z, y, x, ringData), hu, "pydicom HU at " + z + "," + y + "," + x);
                    cylinder += hu == 9 ? 1 : 0;
                }
            }
        }
        assertTrue(cylinder > 0, "the cylinder (9) is drawn");
    }

    @Test
    void dcmdumpParsesTheFilesWithoutErrors() throws Exception {
        Path dcmdump = Path.of("/usr/bin/dcmdump");
        assertTrue(Files.isExecutable(dcmdump),
                "dcmtk's /usr/bin/dcmdump missing: run scripts/setup-machine.sh (apt-get install dcmtk)");
        Path target = tmp.resolve("dump");
        DicomSeriesWriter.writeLabels(labels(), target, DicomWriteOptions.DEFAULTS, Progress.NONE);
        Path f = target.resolve("CT00000002.dcm");
        Process p = new ProcessBuilder(dcmdump.toString(), "+E", f.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals("", err.trim(), "dcmdump reports nothing on stderr");
        assertTrue(out.contains("(0002,0010) UI =LittleEndianExplicit"), out);
        assertTrue(out.contains("(0008,0016) UI =CTImageStorage"), out);
        assertTrue(out.contains("(0020,0013) IS [3]"), out);
        assertTrue(out.contains("(0020,0032) DS [0\\0\\0.6]"), out);
        assertTrue(out.contains("(0028,0103) US 0"), out);
        assertTrue(out.contains("(0028,1052) DS [-1024]"), out);
        assertTrue(out.contains("(0028,0010) US 32"), out);
        assertTrue(out.contains("(0028,0011) US 40"), out);
        assertTrue(out.contains("(7fe0,0010) OW"), out);
    }

    @Test
    void cylinderValueIsConfigurableAndDrawnOnlyWhereLabelIsZero() throws Exception {
        ByteVolume v = ByteVolume.zeros("c", new Dims(2, 1, 3), Spacing.BREAST_CT);
        v.set(0, 0, 0, 5);
        v.set(1, 0, 1, 2);
        MaskVolume r = new MaskVolume("r", Dims.slice(1, 3), Spacing.BREAST_CT, new boolean[] {true, true, false});
        Path target = tmp.resolve("cyl");
        DicomSeriesWriter.writeLabels(v, target, DicomWriteOptions.DEFAULTS.withCylinderRing(r).withCylinderValue(8),
                Progress.NONE);
        DicomSeries s = DicomSeriesReader.read(target, DicomReadOptions.DEFAULTS.withTrim(false).withRemoveCylinder(false),
                Progress.NONE);
        // slice 0: 5 (label wins), 8 (ring), 0; slice 1: 8 (ring), 2 (label wins), 0
        assertArrayEquals(new short[] {5, 8, 0, 8, 2, 0}, s.volume().data());
    }

    @Test
    void ringOfTheWrongSizeIsRejected() {
        MaskVolume r = new MaskVolume("r", Dims.slice(2, 3), Spacing.BREAST_CT, new boolean[6]);
        DicomSeriesException e = assertThrows(DicomSeriesException.class, () -> DicomSeriesWriter.writeLabels(labels(),
                tmp.resolve("x"), DicomWriteOptions.DEFAULTS.withCylinderRing(r), Progress.NONE));
        assertTrue(e.getMessage().contains("1x2x3") && e.getMessage().contains("32 x 40"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void templateAttributesAreCopied() throws Exception {
        Path tpl = tmp.resolve("template.dcm");
        AttributeList l = new AttributeList();
        putString(l, TagFromName.SOPClassUID, SOPClass.CTImageStorage);
        putString(l, TagFromName.SOPInstanceUID, "2.25.55");
        putString(l, TagFromName.PatientName, "Doe^Jane");
        putString(l, TagFromName.PatientID, "PID-17");
        putString(l, TagFromName.PatientBirthDate, "19600101");
        putString(l, TagFromName.PatientSex, "F");
        putString(l, TagFromName.StudyInstanceUID, "2.25.4242");
        putString(l, TagFromName.StudyDate, "20210304");
        putString(l, TagFromName.StudyTime, "101112");
        putString(l, TagFromName.AccessionNumber, "ACC9");
        putString(l, TagFromName.Manufacturer, "AB-CT");
        putString(l, TagFromName.SeriesInstanceUID, "2.25.777");
        com.pixelmed.dicom.FileMetaInformation.addFileMetaInformation(l, TransferSyntax.ExplicitVRLittleEndian, "T");
        l.write(tpl.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);

        Path target = tmp.resolve("withTemplate");
        DicomWriteResult r = DicomSeriesWriter.writeLabels(labels(), target, DicomWriteOptions.DEFAULTS.withTemplate(tpl),
                Progress.NONE);
        assertEquals("2.25.4242", r.studyInstanceUid());
        assertNotEquals("2.25.777", r.seriesInstanceUid());
        AttributeList w = new AttributeList();
        w.read(target.resolve("CT00000000.dcm").toFile(), TagFromName.PixelData);
        assertEquals("Doe^Jane", Attribute.getSingleStringValueOrNull(w, TagFromName.PatientName));
        assertEquals("PID-17", Attribute.getSingleStringValueOrNull(w, TagFromName.PatientID));
        assertEquals("19600101", Attribute.getSingleStringValueOrNull(w, TagFromName.PatientBirthDate));
        assertEquals("F", Attribute.getSingleStringValueOrNull(w, TagFromName.PatientSex));
        assertEquals("2.25.4242", Attribute.getSingleStringValueOrNull(w, TagFromName.StudyInstanceUID));
        assertEquals("20210304", Attribute.getSingleStringValueOrNull(w, TagFromName.StudyDate));
        assertEquals("ACC9", Attribute.getSingleStringValueOrNull(w, TagFromName.AccessionNumber));
        assertEquals("AB-CT", Attribute.getSingleStringValueOrNull(w, TagFromName.Manufacturer));
        assertEquals(r.seriesInstanceUid(), Attribute.getSingleStringValueOrNull(w, TagFromName.SeriesInstanceUID));
    }

    @Test
    void badTemplateIsAnErrorNamingIt() throws Exception {
        Path tpl = tmp.resolve("template.txt");
        Files.writeString(tpl, "not dicom");
        DicomSeriesException e = assertThrows(DicomSeriesException.class, () -> DicomSeriesWriter.writeLabels(labels(),
                tmp.resolve("t"), DicomWriteOptions.DEFAULTS.withTemplate(tpl), Progress.NONE));
        assertTrue(e.getMessage().contains(tpl.toString()), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("t")));
    }

    private static void putString(AttributeList l, com.pixelmed.dicom.AttributeTag tag, String v) throws Exception {
        l.putNewAttribute(tag).addValue(v);
    }

    // ------------------------------------------------------------------ existing targets and atomicity

    @Test
    void existingTargetFailsByDefaultAndIsReplacedOnOverwrite() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("exists"));
        Files.writeString(target.resolve("old.txt"), "old");
        DicomSeriesException e = assertThrows(DicomSeriesException.class,
                () -> DicomSeriesWriter.writeLabels(labels(), target, DicomWriteOptions.DEFAULTS, Progress.NONE));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
        assertEquals(List.of(target.resolve("old.txt")), files(target));

        DicomSeriesWriter.writeLabels(labels(), target,
                DicomWriteOptions.DEFAULTS.withIfExists(DicomWriteOptions.IfExists.OVERWRITE), Progress.NONE);
        List<Path> now = files(target);
        assertEquals(NZ, now.size());
        assertFalse(now.contains(target.resolve("old.txt")));
        assertEquals(List.of(target), files(tmp), "no partial or old folder is left next to the target");
    }

    @Test
    void cancellationMidwayLeavesNoFolder() throws Exception {
        Path target = tmp.resolve("cancelled");
        AtomicInteger checks = new AtomicInteger();
        Progress p = Progress.cancelledWhen(() -> checks.incrementAndGet() > 3);
        assertThrows(CancelledException.class,
                () -> DicomSeriesWriter.writeLabels(labels(), target, DicomWriteOptions.DEFAULTS, p));
        assertTrue(checks.get() > 3, "cancelled after some slices were written");
        assertEquals(List.of(), files(tmp), "neither the target nor a partial folder exists");
    }

    @Test
    void cancelledOverwriteKeepsTheOldSeries() throws Exception {
        Path target = Files.createDirectories(tmp.resolve("keep"));
        Files.writeString(target.resolve("old.txt"), "old");
        AtomicInteger checks = new AtomicInteger();
        Progress p = Progress.cancelledWhen(() -> checks.incrementAndGet() > 2);
        assertThrows(CancelledException.class, () -> DicomSeriesWriter.writeLabels(labels(), target,
                DicomWriteOptions.DEFAULTS.withIfExists(DicomWriteOptions.IfExists.OVERWRITE), p));
        assertEquals(List.of(target.resolve("old.txt")), files(target));
        assertEquals(List.of(target), files(tmp));
    }

    @Test
    void unencodableHuIsAnErrorNamingTheSliceAndLeavesNoFolder() {
        ShortVolume v = ShortVolume.zeros("img", new Dims(3, 2, 2), Spacing.BREAST_CT);
        v.set(2, 1, 0, (short) 32000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DicomSeriesWriter.writeImages(v, tmp.resolve("bad"), DicomWriteOptions.DEFAULTS, Progress.NONE));
        assertTrue(e.getMessage().startsWith("slice 2 of img: HU 32000 at row 1, column 0"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("bad")));
        v.set(2, 1, 0, (short) -3024);
        assertThrows(IllegalArgumentException.class,
                () -> DicomSeriesWriter.writeImages(v, tmp.resolve("bad"), DicomWriteOptions.DEFAULTS, Progress.NONE));
    }

    @Test
    void decimalStringsFitSixteenCharacters() {
        assertEquals("0", DicomSeriesWriter.ds(0));
        assertEquals("0.9", DicomSeriesWriter.ds(0.3 * 3));
        assertEquals("1.5", DicomSeriesWriter.ds(0.3 * 5));
        assertEquals("-1024", DicomSeriesWriter.ds(-1024));
        assertEquals("0.3333333333", DicomSeriesWriter.ds(1.0 / 3));
        assertEquals("123456.789", DicomSeriesWriter.ds(123456.789));
    }
}

package org.breastct.knime.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.breastct.io.npy.NpyReader;
import org.breastct.render.GreyMapping;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.VoxelType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The volume view page in a real headless Chromium: the page files of the plugin
 * (js-src/dist/volume-view) served with the real {@link VolumeViewService} behind them, on the sample
 * breast of the example workflows (phantom_s5, 56 x 160 x 160, and its segmentation, see {@link #DATA}),
 * 0.3 mm voxels. Expected values come from reading the NPY files here, not from the
 * service. Fails (does not skip) without Chromium. Leaves a screenshot in target/volume-view.png
 * (the README's docs/images/volume-view.png is a copy).
 */
class VolumeViewBrowserTest {

    /** Folders that hold the sample breast and its segmentation (the example workflows' data moved). */
    static final List<Path> DATA = List.of(Path.of("..", "workflows", "data", "npy"),
        Path.of("..", "workflows", "tests", "Test Glandularity Calculator", "data", "npy"));
    static final Path PAGE = Path.of("js-src", "dist", "volume-view");

    static ShortVolume image;
    static ByteVolume labels;
    static ViewTestServer server;
    static Chromium browser;

    @BeforeAll
    static void start() throws Exception {
        Chromium.executable(); // fails first, with the install hint, if there is no browser
        Path dir = DATA.stream().filter(d -> Files.isRegularFile(d.resolve("phantom_s5.npy"))
            && Files.isRegularFile(d.resolve("segmentation_phantom_s5.npy"))).findFirst()
            .orElseThrow(() -> new AssertionError("sample breast phantom_s5 not found in " + DATA));
        Path img = dir.resolve("phantom_s5.npy");
        Path seg = dir.resolve("segmentation_phantom_s5.npy");
        image = (ShortVolume) NpyReader.read(img, VoxelType.INT16);
        labels = (ByteVolume) NpyReader.read(seg, VoxelType.UINT8);
        VolumeViewService service = new VolumeViewService(List.of(new ViewRow("Row0",
            FileSource.of(img, Spacing.BREAST_CT), FileSource.of(seg, Spacing.BREAST_CT))));
        server = new ViewTestServer(PAGE, service);
        browser = new Chromium(1100, 720);
        browser.navigate(server.url("index.html"));
        browser.waitFor("window.volumeView && volumeView.renders >= 1", 30);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Waits until the page has drawn more than {@code renders} slices and all requests are answered. */
    static void waitForRender(final int renders) throws Exception {
        browser.waitFor("volumeView.renders > " + renders, 20);
    }

    static int renders() throws Exception {
        return browser.eval("volumeView.renders").asInt();
    }

    static String text(final String id) throws Exception {
        return browser.eval("document.getElementById('" + id + "').textContent").asText();
    }

    /** Centre (CSS px) of an element matched by a selector. */
    static double[] centre(final String selector) throws Exception {
        JsonNode r = browser.eval("(() => { const b = document.querySelector(\"" + selector
            + "\").getBoundingClientRect(); return [b.left + b.width / 2, b.top + b.height / 2]; })()");
        return new double[] {r.get(0).asDouble(), r.get(1).asDouble()};
    }

    /** Centre (CSS px) of image pixel (u, v) of the canvas. */
    static double[] canvasPoint(final int u, final int v) throws Exception {
        JsonNode r = browser.eval("(() => { const c = document.getElementById('canvas'); const b = c.getBoundingClientRect();"
            + " return [b.left + (" + u + " + 0.5) * b.width / c.width, b.top + (" + v + " + 0.5) * b.height / c.height]; })()");
        return new double[] {r.get(0).asDouble(), r.get(1).asDouble()};
    }

    /** Number of canvas pixels whose channels differ (coloured, not grey). */
    static int colouredPixels() throws Exception {
        return browser.eval("(() => { const c = document.getElementById('canvas');"
            + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
            + " for (let i = 0; i < d.length; i += 4) { if (d[i] !== d[i + 1] || d[i + 1] !== d[i + 2]) n++; } return n; })()")
            .asInt();
    }

    static int[] canvasRgb(final int u, final int v) throws Exception {
        JsonNode r = browser.eval("Array.from(document.getElementById('canvas').getContext('2d').getImageData(" + u + ", "
            + v + ", 1, 1).data)");
        return new int[] {r.get(0).asInt(), r.get(1).asInt(), r.get(2).asInt()};
    }

    @Test
    void browsingTheSampleBreast() throws Exception {
        int nz = image.dims().nz();
        int ny = image.dims().ny();
        int nx = image.dims().nx();
        // starts on the middle coronal slice, labels overlaid
        assertEquals("coronal " + (nz / 2 + 1) + " / " + nz, text("slice-label"));
        assertEquals(nx, browser.eval("document.getElementById('canvas').width").asInt());
        assertEquals(ny, browser.eval("document.getElementById('canvas').height").asInt());
        int colouredOn = colouredPixels();
        assertTrue(colouredOn > 100, "label overlay shows colours: " + colouredOn);

        // overlay toggle (a real click on the checkbox): a grey image, equal to the windowed HU
        int r = renders();
        double[] box = centre("#overlay");
        browser.click(box[0], box[1]);
        waitForRender(r);
        assertEquals(0, colouredPixels(), "overlay off: no coloured pixel");
        int z = nz / 2;
        for (int[] p : new int[][] {{80, 80}, {40, 100}, {5, 5}}) {
            int g = GreyMapping.grey(image.get(z, p[1], p[0]), -1024, 200);
            assertEquals(List.of(g, g, g), List.of(canvasRgb(p[0], p[1])[0], canvasRgb(p[0], p[1])[1],
                canvasRgb(p[0], p[1])[2]), "grey of voxel " + z + "," + p[1] + "," + p[0]);
        }
        r = renders();
        browser.click(box[0], box[1]);
        waitForRender(r);
        assertEquals(colouredOn, colouredPixels(), "overlay back on");

        // slider: the user drags it to slice 10 (input events as the browser sends them)
        r = renders();
        browser.eval("(() => { const s = document.getElementById('slider'); s.value = '10';"
            + " s.dispatchEvent(new Event('input', {bubbles: true})); })()");
        waitForRender(r);
        assertEquals("coronal 11 / " + nz, text("slice-label"));
        assertEquals(10, browser.eval("volumeView.lastRendered.index").asInt());

        // mouse wheel over the image: one slice further
        r = renders();
        double[] mid = canvasPoint(nx / 2, ny / 2);
        browser.wheel(mid[0], mid[1], 120);
        waitForRender(r);
        assertEquals("coronal 12 / " + nz, text("slice-label"));

        // HU and label under the cursor, on a glands voxel of slice 11 found in the files
        int gz = 11;
        int[] glands = find(gz, 2);
        int reads = browser.eval("volumeView.voxelReads").asInt();
        double[] pt = canvasPoint(glands[1], glands[0]);
        browser.mouse("mouseMoved", pt[0], pt[1], "none", 0);
        browser.waitFor("volumeView.voxelReads > " + reads + " && volumeView.lastVoxel.x === " + glands[1]
            + " && volumeView.lastVoxel.y === " + glands[0], 20);
        String readout = text("readout");
        int hu = image.get(gz, glands[0], glands[1]);
        assertEquals("x " + glands[1] + ", y " + glands[0] + ", z " + gz + ": " + hu + " HU, label 2 glands", readout);

        // window drag: 50 px to the right widens the window by 200 HU
        r = renders();
        browser.mouse("mousePressed", pt[0], pt[1], "left", 1);
        browser.mouse("mouseMoved", pt[0] + 50, pt[1], "left", 0);
        browser.mouse("mouseReleased", pt[0] + 50, pt[1], "left", 1);
        browser.waitFor("volumeView.renders > " + r + " && volumeView.lastRendered.high - volumeView.lastRendered.low === 1424",
            20);
        assertEquals("[-1124, 300] HU", text("window-label"));
        r = renders();
        browser.eval("(() => { const p = document.getElementById('preset'); p.value = '0';"
            + " p.dispatchEvent(new Event('change')); })()");
        waitForRender(r);
        assertEquals("[-1024, 200] HU", text("window-label"));

        // plane switch: a click on "Sagittal" shows nz lines x ny columns at the middle column
        r = renders();
        double[] sag = centre("button[data-plane=sagittal]");
        browser.click(sag[0], sag[1]);
        waitForRender(r);
        assertEquals("sagittal", browser.eval("volumeView.lastRendered.plane").asText());
        assertEquals("sagittal " + (nx / 2 + 1) + " / " + nx, text("slice-label"));
        assertEquals(ny, browser.eval("document.getElementById('canvas').width").asInt());
        assertEquals(nz, browser.eval("document.getElementById('canvas').height").asInt());
        r = renders();
        double[] tra = centre("button[data-plane=transversal]");
        browser.click(tra[0], tra[1]);
        waitForRender(r);
        assertEquals("transversal " + (ny / 2 + 1) + " / " + ny, text("slice-label"));
        assertEquals(nx, browser.eval("document.getElementById('canvas').width").asInt());

        // hiding glands in the legend removes their colour
        int before = colouredPixels();
        r = renders();
        double[] hide = centre("#legend input[data-code='2']");
        browser.click(hide[0], hide[1]);
        waitForRender(r);
        assertTrue(colouredPixels() < before, "glands hidden");
        r = renders();
        browser.click(hide[0], hide[1]);
        waitForRender(r);

        // label volumes in ml: voxel counts of the segmentation file x 0.027 mm^3
        browser.waitFor("document.querySelector('#volumes tr[data-code=\"2\"]')", 20);
        long count = 0;
        for (byte b : labels.data()) {
            if (b == 2) {
                count++;
            }
        }
        String ml = String.format(Locale.ROOT, "%.2f", count * Spacing.BREAST_CT.voxelMillilitres());
        assertEquals(ml, browser.eval("document.querySelector('#volumes tr[data-code=\"2\"] td.ml').textContent")
            .asText());

        // back to the coronal plane (slice 12, as left) for the screenshot
        r = renders();
        double[] cor = centre("button[data-plane=coronal]");
        browser.click(cor[0], cor[1]);
        waitForRender(r);
        double[] at = canvasPoint(glands[1], glands[0]);
        browser.mouse("mouseMoved", at[0], at[1], "none", 0);
        browser.waitFor("volumeView.lastVoxel && volumeView.lastVoxel.z === 11", 20);
        assertEquals("[]", browser.eval("JSON.stringify(volumeView.errors)").asText());
        assertNotEquals("", text("readout").trim());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "volume-view.png"), browser.screenshot());
    }

    /** (row, column) of the voxel of slice z nearest the slice centre that has label {@code code}. */
    static int[] find(final int z, final int code) {
        int ny = labels.dims().ny();
        int nx = labels.dims().nx();
        int[] best = null;
        long bestD = Long.MAX_VALUE;
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                if (labels.get(z, y, x) == code) {
                    long d = (long) (y - ny / 2) * (y - ny / 2) + (long) (x - nx / 2) * (x - nx / 2);
                    if (d < bestD) {
                        bestD = d;
                        best = new int[] {y, x};
                    }
                }
            }
        }
        if (best == null) {
            throw new AssertionError("the sample has no label " + code + " on slice " + z);
        }
        return best;
    }
}

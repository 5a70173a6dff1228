package org.breastct.knime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.knime.node.dicomreader.DicomReaderSettings;
import org.breastct.knime.node.dicomwriter.DicomWriterSettings;
import org.breastct.knime.node.glandularity.GlandularityParameters;
import org.breastct.knime.node.glandularity.GlandularitySettings;
import org.breastct.knime.node.npyreader.NpyReaderSettings;
import org.breastct.knime.node.npywriter.NpyWriterSettings;
import org.breastct.knime.node.renderer.RendererParameters;
import org.breastct.knime.node.renderer.RendererSettings;
import org.breastct.knime.node.segmenter.SegmenterParameters;
import org.breastct.knime.node.segmenter.SegmenterSettings;
import org.breastct.knime.parameters.BreastCtParameters;
import org.breastct.knime.parameters.EnumKeys;
import org.breastct.knime.parameters.LegacySettings;
import org.breastct.knime.settings.MapSettings;
import org.breastct.knime.settings.SettingsReader;
import org.breastct.knime.settings.SettingsWriter;
import org.breastct.render.RenderSettings;
import org.breastct.segmentation.SegmentationSettings;
import org.junit.jupiter.api.Test;

/**
 * The settings contract of every node: exactly these keys, with these KNIME entry types and
 * defaults (workflows write settings.xml files with them); defaults come from the engine's
 * DEFAULTS; missing keys load as defaults; save/load round-trips; bad values are rejected with a
 * message naming the setting.
 */
class SettingsContractTest {

    private static <S> Map<String, String> contract(final S defaults, final BiConsumer<S, SettingsWriter> save,
            final Function<SettingsReader, S> load) {
        MapSettings m = new MapSettings();
        save.accept(defaults, m);
        assertEquals(defaults, load.apply(m), "save/load round trip");
        assertEquals(defaults, load.apply(new MapSettings()), "missing keys load as defaults");
        Map<String, String> types = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : m.values().entrySet()) {
            types.put(e.getKey(), m.typeOf(e.getKey()) + "=" + e.getValue());
        }
        return types;
    }

    private static Map<String, String> map(final String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void dicomReader() {
        assertEquals(map("folder", "xstring=", "remove_cylinder", "xboolean=true", "cylinder_margin", "xint=30",
                "dummy_slices", "xint=3", "trim", "xboolean=true", "fail_fast", "xboolean=false"),
                contract(DicomReaderSettings.DEFAULTS, DicomReaderSettings::save, DicomReaderSettings::load));
        assertEquals(DicomReadOptions.DEFAULTS, DicomReaderSettings.DEFAULTS.toOptions());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DicomReaderSettings.load(new MapSettings().with("cylinder_margin", -1)));
        assertTrue(e.getMessage().contains("Cylinder margin"), e.getMessage());
    }

    @Test
    void npyReader() {
        assertEquals(map("location", "xstring=", "include_pattern", "xstring=*.npy", "exclude_pattern",
                "xstring=cylinder*,segmentation_*", "voxel_type", "xstring=auto", "spacing_mm", "xdouble=0.3",
                "strip_prefix", "xstring=segmentation_", "column_name", "xstring=image"),
                contract(NpyReaderSettings.DEFAULTS, NpyReaderSettings::save, NpyReaderSettings::load));
        assertThrows(IllegalArgumentException.class,
                () -> NpyReaderSettings.load(new MapSettings().with("voxel_type", "float32")));
        assertThrows(IllegalArgumentException.class,
                () -> NpyReaderSettings.load(new MapSettings().with("spacing_mm", 0.0)));
        assertThrows(IllegalArgumentException.class,
                () -> NpyReaderSettings.load(new MapSettings().with("column_name", "path")));
        assertEquals(null, NpyReaderSettings.DEFAULTS.targetType());
    }

    @Test
    void npyWriter() {
        assertEquals(map("volume_column", "xstring=labels", "folder", "xstring=", "name_pattern", "xstring=auto",
                "overwrite_policy", "xstring=fail"),
                contract(NpyWriterSettings.DEFAULTS, NpyWriterSettings::save, NpyWriterSettings::load));
        assertThrows(IllegalArgumentException.class,
                () -> NpyWriterSettings.load(new MapSettings().with("name_pattern", "{uid}.npy")));
        assertThrows(IllegalArgumentException.class,
                () -> NpyWriterSettings.load(new MapSettings().with("overwrite_policy", "maybe")));
        assertEquals("labels path", NpyWriterSettings.DEFAULTS.pathColumn());
    }

    /** The flat model settings the parameters save by default, checked against the old node's keys. */
    private static Map<String, String> parametersContract(final BreastCtParameters<?> defaults) throws Exception {
        return LegacySettings.saved(defaults);
    }

    private static <P extends BreastCtParameters<?>> P with(final P p, final Object... kv) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String)kv[i], kv[i + 1]);
        }
        return LegacySettings.load(p, m);
    }

    @Test
    void segmenter() throws Exception {
        SegmentationSettings e = SegmentationSettings.DEFAULTS;
        assertEquals(map("image_column", "xstring=image", "write_fold_label", "xboolean=false", "threads", "xint=0",
                "silicone_hu", "xint=130", "bone_hu", "xint=100", "muscle_hu", "xint=-100", "skin_hu", "xint=-180",
                "breast_hu", "xint=-500", "gland_start_hu", "xint=-51", "gland_step_hu", "xint=5",
                "gland_max_iterations", "xint=20", "scripts_gland_rule", "xboolean=false"),
                parametersContract(new SegmenterParameters()));
        assertEquals(SegmenterSettings.DEFAULTS, new SegmenterParameters().toSettings());
        assertEquals(e, SegmenterSettings.DEFAULTS.toEngine(), "defaults are the published method");
        SegmentationSettings changed = with(new SegmenterParameters(), "bone_hu", 150, "write_fold_label", true)
                .toSettings().toEngine();
        assertEquals(150, changed.boneHu());
        assertTrue(changed.writeFoldLabel());
        assertEquals(e.siliconeHu(), changed.siliconeHu());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> with(new SegmenterParameters(), "threads", -1).toSettings());
        assertTrue(ex.getMessage().contains("Threads"), ex.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> with(new SegmenterParameters(), "skin_hu", 40000).toSettings());
    }

    @Test
    void renderer() throws Exception {
        RenderSettings e = RenderSettings.DEFAULTS;
        assertEquals(map("image_column", "xstring=image", "label_column", "xstring=labels", "coronal",
                "xboolean=true", "sagittal", "xboolean=true", "transversal", "xboolean=true", "coronal_plane",
                "xstring=slice", "coronal_slice", "xint=0", "mode", "xstring=grey", "window_low", "xint=-1024",
                "window_high", "xint=200", "scale", "xint=1", "overlay_alpha", "xdouble=0.4"),
                parametersContract(new RendererParameters()));
        assertEquals(RendererSettings.DEFAULTS, new RendererParameters().toSettings());
        assertEquals(e, RendererSettings.DEFAULTS.toEngine());
        assertThrows(IllegalArgumentException.class, () -> with(new RendererParameters(), "coronal", false,
                "sagittal", false, "transversal", false).toSettings());
        assertThrows(IllegalArgumentException.class,
                () -> with(new RendererParameters(), "window_low", 500).toSettings());
        assertThrows(IllegalArgumentException.class, () -> with(new RendererParameters(), "mode", "rainbow"));
        assertEquals("overlay", with(new RendererParameters(), "mode", "OVERLAY").toSettings().mode());
        assertEquals("largest_transection",
                with(new RendererParameters(), "coronal_plane", "largest_transection").toSettings().coronalPlane());
        assertEquals(2, with(new RendererParameters(), "sagittal", false).toSettings().planes().size());
    }

    @Test
    void rendererChoicesAreTheEngineValues() {
        assertEquals(List.of(RendererSettings.MODES), Arrays.stream(RendererParameters.LabelImageMode.values())
                .map(EnumKeys::key).toList());
        assertEquals(List.of(RendererSettings.CORONAL_PLANES), Arrays
                .stream(RendererParameters.CoronalPlaneChoice.values()).map(EnumKeys::key).toList());
    }

    @Test
    void glandularity() throws Exception {
        assertEquals(map("image_column", "xstring=image", "label_column", "xstring=labels"),
                parametersContract(new GlandularityParameters()));
        assertEquals(GlandularitySettings.DEFAULTS, new GlandularityParameters().toSettings());
    }

    @Test
    void dicomWriter() {
        assertEquals(map("label_column", "xstring=labels", "cylinder_column", "xstring=", "cylinder_value", "xint=9",
                "folder", "xstring=", "series_folder_pattern", "xstring=segmentation_{id}", "template", "xstring=",
                "series_description", "xstring=", "overwrite_policy", "xstring=fail"),
                contract(DicomWriterSettings.DEFAULTS, DicomWriterSettings::save, DicomWriterSettings::load));
        assertEquals("", DicomWriterSettings.load(new MapSettings().with("cylinder_column", "<none>"))
                .cylinderColumn());
        assertThrows(IllegalArgumentException.class,
                () -> DicomWriterSettings.load(new MapSettings().with("cylinder_value", -1)));
        assertThrows(IllegalArgumentException.class,
                () -> DicomWriterSettings.load(new MapSettings().with("series_folder_pattern", "a/{id}")));
    }
}

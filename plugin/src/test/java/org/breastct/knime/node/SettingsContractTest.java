package org.breastct.knime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.knime.node.dicomreader.DicomReaderSettings;
import org.breastct.knime.node.dicomwriter.DicomWriterSettings;
import org.breastct.knime.node.glandularity.GlandularitySettings;
import org.breastct.knime.node.npyreader.NpyReaderSettings;
import org.breastct.knime.node.npywriter.NpyWriterSettings;
import org.breastct.knime.node.renderer.RendererSettings;
import org.breastct.knime.node.segmenter.SegmenterSettings;
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

    @Test
    void segmenter() {
        SegmentationSettings e = SegmentationSettings.DEFAULTS;
        assertEquals(map("image_column", "xstring=image", "threads", "xint=0", "write_fold_label", "xboolean=false",
                "scripts_gland_rule", "xboolean=false", "silicone_hu", "xint=130", "bone_hu", "xint=100", "muscle_hu",
                "xint=-100", "skin_hu", "xint=-180", "breast_hu", "xint=-500", "gland_start_hu", "xint=-51",
                "gland_step_hu", "xint=5", "gland_max_iterations", "xint=20"),
                contract(SegmenterSettings.DEFAULTS, SegmenterSettings::save, SegmenterSettings::load));
        assertEquals(e, SegmenterSettings.DEFAULTS.toEngine(), "defaults are the published method");
        SegmentationSettings changed = SegmenterSettings.load(new MapSettings().with("bone_hu", 150)
                .with("write_fold_label", true)).toEngine();
        assertEquals(150, changed.boneHu());
        assertTrue(changed.writeFoldLabel());
        assertEquals(e.siliconeHu(), changed.siliconeHu());
        assertThrows(IllegalArgumentException.class,
                () -> SegmenterSettings.load(new MapSettings().with("threads", -1)));
        assertThrows(IllegalArgumentException.class,
                () -> SegmenterSettings.load(new MapSettings().with("skin_hu", 40000)));
    }

    @Test
    void renderer() {
        RenderSettings e = RenderSettings.DEFAULTS;
        assertEquals(map("image_column", "xstring=image", "label_column", "xstring=labels", "mode", "xstring=grey",
                "window_low", "xint=-1024", "window_high", "xint=200", "coronal_plane", "xstring=slice",
                "coronal_slice", "xint=0", "coronal", "xboolean=true", "sagittal", "xboolean=true", "transversal",
                "xboolean=true", "scale", "xint=1", "overlay_alpha", "xdouble=0.4"),
                contract(RendererSettings.DEFAULTS, RendererSettings::save, RendererSettings::load));
        assertEquals(e, RendererSettings.DEFAULTS.toEngine());
        assertThrows(IllegalArgumentException.class, () -> RendererSettings.load(new MapSettings()
                .with("coronal", false).with("sagittal", false).with("transversal", false)));
        assertThrows(IllegalArgumentException.class,
                () -> RendererSettings.load(new MapSettings().with("window_low", 500)));
        assertThrows(IllegalArgumentException.class,
                () -> RendererSettings.load(new MapSettings().with("mode", "rainbow")));
        assertEquals(2, RendererSettings.load(new MapSettings().with("sagittal", false)).planes().size());
    }

    @Test
    void glandularity() {
        assertEquals(map("image_column", "xstring=image", "label_column", "xstring=labels"),
                contract(GlandularitySettings.DEFAULTS, GlandularitySettings::save, GlandularitySettings::load));
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

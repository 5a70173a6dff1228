package org.breastct.knime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.breastct.io.dicom.DicomReadOptions;
import org.breastct.knime.node.dicomreader.DicomReaderParameters;
import org.breastct.knime.node.dicomreader.DicomReaderSettings;
import org.breastct.knime.node.dicomwriter.DicomWriterParameters;
import org.breastct.knime.node.dicomwriter.DicomWriterSettings;
import org.breastct.knime.node.glandularity.GlandularityParameters;
import org.breastct.knime.node.glandularity.GlandularitySettings;
import org.breastct.knime.node.npyreader.NpyReaderParameters;
import org.breastct.knime.node.npyreader.NpyReaderSettings;
import org.breastct.knime.node.npywriter.NpyWriterParameters;
import org.breastct.knime.node.npywriter.NpyWriterSettings;
import org.breastct.knime.node.renderer.RendererParameters;
import org.breastct.knime.node.renderer.RendererSettings;
import org.breastct.knime.node.segmenter.SegmenterColumns;
import org.breastct.knime.node.segmenter.SegmenterParameters;
import org.breastct.knime.node.segmenter.SegmenterSettings;
import org.breastct.knime.parameters.BreastCtParameters;
import org.breastct.knime.parameters.EnumKeys;
import org.breastct.knime.parameters.LegacySettings;
import org.breastct.knime.parameters.LegacySettings.FieldKey;
import org.breastct.knime.parameters.LegacySettings.Kind;
import org.breastct.knime.util.OverwritePolicy;
import org.breastct.render.RenderSettings;
import org.breastct.segmentation.SegmentationSettings;
import org.junit.jupiter.api.Test;

/**
 * The settings contract of every node (see {@link LegacySettings} for how KNIME stores each field):
 * the flat keys, KNIME entry types and defaults of the Swing-era nodes are kept (workflows have
 * settings.xml files with them), except the file locations, which moved to new keys and are
 * migrated from the old string keys; new settings are listed here explicitly. Defaults come from the
 * engine's DEFAULTS; bad values are rejected with a message naming the setting.
 */
class SettingsContractTest {

    private static Map<String, String> map(final String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    private static <P extends BreastCtParameters<?>> P with(final P p, final Object... kv) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String)kv[i], kv[i + 1]);
        }
        return LegacySettings.load(p, m);
    }

    /** Old string keys of file locations -> the fields that now hold them (migrated). */
    private static Map<String, String> migratedPaths(final Class<?> parameters) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (FieldKey k : LegacySettings.keys(parameters)) {
            if (k.kind() == Kind.MIGRATION && k.type().equals("migration")) {
                out.put(k.key(), k.field().getName());
            }
        }
        return out;
    }

    private static <S, P extends BreastCtParameters<S>> P defaults(final Class<P> c, final S d) throws Exception {
        return LegacySettings.defaults(c, (Record)d);
    }

    @Test
    void dicomReader() throws Exception {
        DicomReaderParameters d = defaults(DicomReaderParameters.class, DicomReaderSettings.DEFAULTS);
        // old keys except 'folder' (migrated), plus the new path column
        assertEquals(map("path_column", "xstring=", "remove_cylinder", "xboolean=true", "cylinder_margin", "xint=30",
                "trim", "xboolean=true", "dummy_slices", "xint=3", "fail_fast", "xboolean=false", "any_modality",
                "xboolean=false"),
                LegacySettings.saved(d));
        assertEquals(map("folder", "m_folder"), migratedPaths(DicomReaderParameters.class));
        assertEquals(DicomReadOptions.DEFAULTS, DicomReaderSettings.DEFAULTS.toOptions());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> with(defaults(DicomReaderParameters.class, DicomReaderSettings.DEFAULTS), "cylinder_margin", -1)
                        .toSettings());
        assertTrue(e.getMessage().contains("Cylinder margin"), e.getMessage());
        assertTrue(with(defaults(DicomReaderParameters.class, DicomReaderSettings.DEFAULTS), "any_modality", true)
                .toSettings().toOptions().anyModality(), "'Accept any modality' reaches the engine options");
        assertFalse(DicomReaderSettings.DEFAULTS.toOptions().anyModality(), "CT only by default");
    }

    @Test
    void npyReader() throws Exception {
        NpyReaderParameters d = defaults(NpyReaderParameters.class, NpyReaderSettings.DEFAULTS);
        assertEquals(map("path_column", "xstring=", "include_pattern", "xstring=*.npy", "exclude_pattern",
                "xstring=cylinder*,segmentation_*", "voxel_type", "xstring=auto", "spacing_mm", "xdouble=0.3",
                "strip_prefix", "xstring=segmentation_", "column_name", "xstring=image", "stored_offset", "xint=-1",
                "hu_check", "xboolean=true"), LegacySettings.saved(d));
        assertEquals(map("location", "m_location"), migratedPaths(NpyReaderParameters.class));
        assertEquals(NpyReaderSettings.DEFAULTS, d.toSettings());
        assertThrows(IllegalArgumentException.class, () -> with(d, "voxel_type", "float32"));
        assertThrows(IllegalArgumentException.class, () -> with(defaults(NpyReaderParameters.class,
                NpyReaderSettings.DEFAULTS), "spacing_mm", 0.0).toSettings());
        assertThrows(IllegalArgumentException.class, () -> with(defaults(NpyReaderParameters.class,
                NpyReaderSettings.DEFAULTS), "column_name", "path").toSettings());
        assertEquals("uint8", with(defaults(NpyReaderParameters.class, NpyReaderSettings.DEFAULTS), "voxel_type",
                "uint8").toSettings().voxelType());
        assertEquals(null, NpyReaderSettings.DEFAULTS.targetType());
        assertEquals(List.of(NpyReaderSettings.VOXEL_TYPES),
                Arrays.stream(NpyReaderParameters.VoxelTypeChoice.values()).map(EnumKeys::key).toList());
    }

    @Test
    void npyWriter() throws Exception {
        NpyWriterParameters d = defaults(NpyWriterParameters.class, NpyWriterSettings.DEFAULTS);
        // old keys except 'folder' (migrated), plus 'create_missing_folders' (on: the old node always created it)
        assertEquals(map("volume_column", "xstring=labels", "create_missing_folders", "xboolean=true", "name_pattern",
                "xstring=auto", "overwrite_policy", "xstring=fail"), LegacySettings.saved(d));
        assertEquals(map("folder", "m_outputFolder"), migratedPaths(NpyWriterParameters.class));
        assertThrows(IllegalArgumentException.class, () -> with(defaults(NpyWriterParameters.class,
                NpyWriterSettings.DEFAULTS), "name_pattern", "{uid}.npy").toSettings());
        assertThrows(IllegalArgumentException.class, () -> with(d, "overwrite_policy", "maybe"));
        assertEquals(OverwritePolicy.IGNORE, with(defaults(NpyWriterParameters.class, NpyWriterSettings.DEFAULTS),
                "overwrite_policy", "skip").toSettings().overwritePolicy(), "old 'skip' loads as Ignore");
        assertEquals("labels path", NpyWriterSettings.DEFAULTS.pathColumn());
    }

    @Test
    void segmenter() throws Exception {
        SegmentationSettings e = SegmentationSettings.DEFAULTS;
        assertEquals(map("image_column", "xstring=image", "method", "xstring=published", "write_fold_label",
                "xboolean=false", "threads", "xint=0",
                "silicone_hu", "xint=130", "bone_hu", "xint=100", "muscle_hu", "xint=-100", "skin_hu", "xint=-180",
                "breast_hu", "xint=-500", "gland_start_hu", "xint=-51", "gland_step_hu", "xint=5",
                "gland_max_iterations", "xint=20", "scripts_gland_rule", "xboolean=false", "hu_check", "xboolean=true"),
                LegacySettings.saved(new SegmenterParameters()));
        assertEquals(SegmenterSettings.DEFAULTS, new SegmenterParameters().toSettings());
        assertEquals(e, SegmenterSettings.DEFAULTS.toEngine(), "defaults are the published method");
        SegmentationSettings changed = with(new SegmenterParameters(), "bone_hu", 150, "write_fold_label", true)
                .toSettings().toEngine();
        assertEquals(150, changed.thresholds().boneHu());
        assertTrue(changed.writeFoldLabel());
        assertFalse(with(new SegmenterParameters(), "hu_check", false).toSettings().huCheck());
        assertEquals(e.thresholds().siliconeHu(), changed.thresholds().siliconeHu());
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
                LegacySettings.saved(new RendererParameters()));
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
        assertEquals(List.of(RendererSettings.MODES), Arrays.stream(RendererParameters.LabelImageMode.values())
                .map(EnumKeys::key).toList());
        assertEquals(List.of(RendererSettings.CORONAL_PLANES), Arrays
                .stream(RendererParameters.CoronalPlaneChoice.values()).map(EnumKeys::key).toList());
    }

    @Test
    void glandularity() throws Exception {
        assertEquals(map("image_column", "xstring=image", "label_column", "xstring=labels", "fold_column",
                "xstring=fold"), LegacySettings.saved(new GlandularityParameters()));
        assertEquals(SegmenterColumns.FOLD, GlandularitySettings.DEFAULTS.foldColumn(),
                "the default fold column is the one the Breast Segmenter appends");
        assertEquals(GlandularitySettings.DEFAULTS, new GlandularityParameters().toSettings());
    }

    @Test
    void dicomWriter() throws Exception {
        DicomWriterParameters d = defaults(DicomWriterParameters.class, DicomWriterSettings.DEFAULTS);
        // old keys except 'folder' and 'template' (migrated), plus 'create_missing_folders'; the new switch
        // 'draw_cylinder' is derived from the old 'cylinder_column' (migration)
        assertEquals(map("label_column", "xstring=labels", "cylinder_column", "xstring=cylinder", "cylinder_value",
                "xint=9", "create_missing_folders", "xboolean=true", "series_folder_pattern",
                "xstring=segmentation_{id}", "overwrite_policy", "xstring=fail", "series_description", "xstring="),
                LegacySettings.saved(d));
        assertEquals(map("folder", "m_outputFolder", "template", "m_template"),
                migratedPaths(DicomWriterParameters.class));
        assertFalse(DicomWriterParameters.drewCylinder(""), "old empty cylinder column: no ring");
        assertFalse(DicomWriterParameters.drewCylinder("<none>"), "old <none>: no ring");
        assertTrue(DicomWriterParameters.drewCylinder("cylinder"));
        assertThrows(IllegalArgumentException.class, () -> with(defaults(DicomWriterParameters.class,
                DicomWriterSettings.DEFAULTS), "cylinder_value", -1).toSettings());
        assertThrows(IllegalArgumentException.class, () -> with(defaults(DicomWriterParameters.class,
                DicomWriterSettings.DEFAULTS), "series_folder_pattern", "a/{id}").toSettings());
    }
}

package org.breastct.knime.node.segmenter;

import org.breastct.knime.parameters.EnumKeyPersistor;
import org.breastct.knime.parameters.EnumKeys;
import org.knime.node.parameters.persistence.Persistor;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;

import org.breastct.knime.parameters.BreastCtParameters;
import org.breastct.knime.parameters.VolumeColumns;
import org.breastct.segmentation.GlandSettings;
import org.breastct.segmentation.SegmentationMethod;
import org.breastct.segmentation.SegmentationSettings;
import org.breastct.segmentation.Thresholds;
import org.knime.node.parameters.Advanced;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.After;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.widget.choices.ChoicesProvider;

/**
 * Parameters of the Breast Segmenter: the dialog, the flow variables and the settings.xml keys
 * (the keys of the Swing-era node, so old workflows load). Defaults are the published method
 * ({@link SegmenterSettings#DEFAULTS}).
 */
@LoadDefaultsForAbsentFields
public final class SegmenterParameters implements BreastCtParameters<SegmenterSettings> {

    @Section(title = "Input")
    interface InputSection {
    }

    @Section(title = "Method")
    @After(InputSection.class)
    interface MethodSection {
    }

    @Section(title = "Output")
    @After(MethodSection.class)
    interface OutputSection {
    }

    @Section(title = "Performance")
    @After(OutputSection.class)
    interface PerformanceSection {
    }

    @Section(title = "Tissue thresholds", description = "Hounsfield-unit thresholds of the method. The defaults "
            + "are the published values; change them only for a scanner whose HU calibration differs.")
    @Advanced
    @After(PerformanceSection.class)
    interface ThresholdSection {
    }

    @Section(title = "Glands", description = "Threshold region growing of the fibroglandular tissue "
            + "(published values by default).")
    @Advanced
    @After(ThresholdSection.class)
    interface GlandSection {
    }

    /** The segmentation method (setting values as the engine's {@code SegmentationMethod#id()}). */
    public enum MethodChoice {
        @Label(value = "Published", description = "The published method (Shim et al. 2022), exactly as the "
                + "authors' scripts.")
        PUBLISHED,
        @Label(value = "Robust", description = "Optional robust mode; not yet validated on real scans.")
        ROBUST
    }

    static final class MethodPersistor extends EnumKeyPersistor<MethodChoice> {
        MethodPersistor() {
            super(MethodChoice.class, "method", "Method");
        }
    }

    private static final SegmenterSettings D = SegmenterSettings.DEFAULTS;

    /** The published method: the defaults of every method parameter below. */
    private static final SegmentationSettings E = SegmentationSettings.DEFAULTS;

    @Widget(title = "HU image column", description = "Column of breast CT volumes in Hounsfield units (int16), "
            + "one breast per row, as the DICOM Reader outputs them (column <i>image</i>).")
    @ChoicesProvider(VolumeColumns.class)
    @Layout(InputSection.class)
    @Persist(configKey = "image_column")
    String m_imageColumn = D.imageColumn();

    @Widget(title = "Method", description = "<i>Published</i> (default) runs the published method (Shim et al., "
            + "J Appl Clin Med Phys 2022) exactly as the authors' scripts. <i>Robust</i> (optional, <b>not yet "
            + "validated on real scans</b>) changes three steps: the skin thickness is measured from the 3-D depth "
            + "profile instead of fixed contour bands; the pectoralis is the dense region (above -5 HU after light "
            + "smoothing) connected to the chest wall instead of the watershed shape; and the implant's "
            + "partial-volume shell is labelled implant. On synthetic phantoms it fixes glands touching the chest "
            + "wall and a pectoralis reaching the skin, and was never worse than the published method; on real "
            + "scans, dense glands or skin touching the chest wall may be labelled muscle. The output column "
            + "<i>method</i> names the method of every row.")
    @ValueSwitchWidget
    @Layout(MethodSection.class)
    @Persistor(MethodPersistor.class)
    MethodChoice m_method = EnumKeys.parse(MethodChoice.class, E.method().id(), "Method");

    @Widget(title = "Write the skin fold as label 6", description = "Off (default, as the authors' scripts): "
            + "skin-fold voxels keep their tissue label and the fold is output only as its own volume (column "
            + "<i>fold</i>). On: fold voxels still labelled fat, glands or skin get label 6 in the label volume.")
    @Layout(OutputSection.class)
    @Persist(configKey = "write_fold_label")
    boolean m_writeFoldLabel = E.writeFoldLabel();

    @Widget(title = "Threads", description = "Worker threads per breast; 0 (default) uses one per processor. "
            + "The labels do not depend on the number of threads. At most " + SegmenterSettings.MAX_THREADS + ".")
    @Layout(PerformanceSection.class)
    @Persist(configKey = "threads")
    int m_threads = D.threads();

    @Widget(title = "Silicone threshold (HU)", description = "Voxels above this value are implant candidates "
            + "(published: 130 HU).")
    @Layout(ThresholdSection.class)
    @Persist(configKey = "silicone_hu")
    int m_siliconeHu = E.thresholds().siliconeHu();

    @Widget(title = "Bone threshold (HU)", description = "Voxels above this value are rib (bone) candidates "
            + "(published: 100 HU).")
    @Layout(ThresholdSection.class)
    @Persist(configKey = "bone_hu")
    int m_boneHu = E.thresholds().boneHu();

    @Widget(title = "Muscle threshold (HU)", description = "Voxels above this value are pectoralis muscle "
            + "candidates (published: -100 HU).")
    @Layout(ThresholdSection.class)
    @Persist(configKey = "muscle_hu")
    int m_muscleHu = E.thresholds().muscleHu();

    @Widget(title = "Skin threshold (HU)", description = "Voxels above this value in the outer band of the "
            + "breast are skin (published: -180 HU).")
    @Layout(ThresholdSection.class)
    @Persist(configKey = "skin_hu")
    int m_skinHu = E.thresholds().skinHu();

    @Widget(title = "Breast threshold (HU)", description = "Separates breast tissue from air (published: "
            + "-500 HU).")
    @Layout(ThresholdSection.class)
    @Persist(configKey = "breast_hu")
    int m_breastHu = E.thresholds().breastHu();

    @Widget(title = "Gland start threshold (HU)", description = "First threshold of the gland region growing; "
            + "voxels at or above it are glands (published: -51 HU).")
    @Layout(GlandSection.class)
    @Persist(configKey = "gland_start_hu")
    int m_glandStartHu = E.glands().startHu();

    @Widget(title = "Gland threshold step (HU)", description = "Step by which the gland threshold is lowered "
            + "in each iteration (published: 5 HU; at least 1).")
    @Layout(GlandSection.class)
    @Persist(configKey = "gland_step_hu")
    int m_glandStepHu = E.glands().stepHu();

    @Widget(title = "Maximum gland steps", description = "Maximum number of threshold steps of the gland region "
            + "growing (published: 20; at least 1).")
    @Layout(GlandSection.class)
    @Persist(configKey = "gland_max_iterations")
    int m_glandMaxIterations = E.glands().maxIterations();

    @Widget(title = "Reproduce the authors' scripts exactly", description = "Off (default): the published "
            + "method as intended. On: the two places where the authors' scripts deviate from it are reproduced, "
            + "for voxel-exact comparison with their output: gland candidate B is selected by the scripts' "
            + "label-number rule, and the skin step's contour bands are OpenCV's thick-line drawing instead of "
            + "the exact distance bands (the differences are small: a few voxels at the skin and of the glands).")
    @Layout(MethodSection.class)
    // the key of the former "scripts' gland rule" setting, kept so that saved workflows load
    @Persist(configKey = "scripts_gland_rule")
    boolean m_scriptsParity = E.scriptsParity();

    @Widget(title = "Check that images are in Hounsfield units", description = "On (default): an image that "
            + "does not look like a breast CT image in HU (fewer than 1 % of its voxels below -500 HU, or values "
            + "below -2048 HU; e.g. stored values HU + 1024, or a label volume) fails the node, naming the row, "
            + "instead of giving meaningless labels. Off: every image is segmented.")
    @Advanced
    @Layout(InputSection.class)
    @Persist(configKey = "hu_check")
    boolean m_huCheck = D.huCheck();

    @Override
    public SegmenterSettings toSettings() {
        SegmentationSettings engine = E
                .withThresholds(new Thresholds(m_siliconeHu, m_boneHu, m_muscleHu, m_skinHu, m_breastHu))
                .withGlands(new GlandSettings(m_glandStartHu, m_glandStepHu, m_glandMaxIterations))
                .withWriteFoldLabel(m_writeFoldLabel).withScriptsParity(m_scriptsParity)
                .withMethod(SegmentationMethod.parse(EnumKeys.key(m_method)));
        return new SegmenterSettings(m_imageColumn, m_threads, m_huCheck, engine);
    }
}

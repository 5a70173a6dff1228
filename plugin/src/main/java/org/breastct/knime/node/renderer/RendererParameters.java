package org.breastct.knime.node.renderer;

import org.breastct.knime.parameters.BreastCtParameters;
import org.breastct.knime.parameters.EnumKeyPersistor;
import org.breastct.knime.parameters.EnumKeys;
import org.breastct.knime.parameters.VolumeColumns;
import org.breastct.render.RenderSettings;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.After;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.persistence.Persistor;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.RadioButtonsWidget;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;

/**
 * Parameters of the Representative Image Renderer (the keys and values of the Swing-era node, so
 * old workflows load). Defaults: the engine's {@link RenderSettings#DEFAULTS} (the scripts' images)
 * and all three planes.
 */
@LoadDefaultsForAbsentFields
public final class RendererParameters implements BreastCtParameters<RendererSettings> {

    @Section(title = "Input")
    interface InputSection {
    }

    @Section(title = "Planes")
    @After(InputSection.class)
    interface PlanesSection {
    }

    @Section(title = "Appearance")
    @After(PlanesSection.class)
    interface AppearanceSection {
    }

    /** How the label images show the labels (setting values as the engine's {@code LabelMode}). */
    public enum LabelImageMode {
        @Label(value = "Grey", description = "As the authors' scripts: labels 0 to 6 from black to white.")
        GREY,
        @Label(value = "Colour", description = "One colour per label.")
        COLOUR,
        @Label(value = "Overlay", description = "Label colours over the grey HU image (air not coloured).")
        OVERLAY
    }

    /** Which slice the coronal image shows (setting values as the engine's {@code CoronalPlane}). */
    public enum CoronalPlaneChoice {
        @Label(value = "Slice", description = "The slice given below; slice 0 (the chest wall) as the scripts.")
        SLICE,
        @Label(value = "Tip", description = "The slice of the breast tip.")
        TIP,
        @Label(value = "Largest transection", description = "The slice with the most labelled voxels.")
        LARGEST_TRANSECTION
    }

    static final class ModePersistor extends EnumKeyPersistor<LabelImageMode> {
        ModePersistor() {
            super(LabelImageMode.class, "mode", "Label image mode");
        }
    }

    static final class CoronalPlanePersistor extends EnumKeyPersistor<CoronalPlaneChoice> {
        CoronalPlanePersistor() {
            super(CoronalPlaneChoice.class, "coronal_plane", "Coronal plane");
        }
    }

    private static final RendererSettings D = RendererSettings.DEFAULTS;

    @Widget(title = "HU image column", description = "Column of breast CT volumes in Hounsfield units (int16) "
            + "(default <i>image</i>).")
    @ChoicesProvider(VolumeColumns.class)
    @Layout(InputSection.class)
    @Persist(configKey = "image_column")
    String m_imageColumn = D.imageColumn();

    @Widget(title = "Label column", description = "Column of the uint8 label volumes of the same breasts "
            + "(default <i>labels</i>, as the Breast Segmenter names it).")
    @ChoicesProvider(VolumeColumns.class)
    @Layout(InputSection.class)
    @Persist(configKey = "label_column")
    String m_labelColumn = D.labelColumn();

    @Widget(title = "Coronal", description = "Output the coronal image pair <i>img_c</i> and <i>auto_seg_c</i> "
            + "(default on).")
    @Layout(PlanesSection.class)
    @Persist(configKey = "coronal")
    boolean m_coronal = D.coronal();

    @Widget(title = "Sagittal", description = "Output the sagittal image pair <i>img_s</i> and <i>auto_seg_s</i>: "
            + "all slices at the column of the breast tip (default on).")
    @Layout(PlanesSection.class)
    @Persist(configKey = "sagittal")
    boolean m_sagittal = D.sagittal();

    @Widget(title = "Transversal", description = "Output the transversal image pair <i>img_t</i> and "
            + "<i>auto_seg_t</i>: all slices at the row of the breast tip (default on). At least one plane "
            + "must be chosen.")
    @Layout(PlanesSection.class)
    @Persist(configKey = "transversal")
    boolean m_transversal = D.transversal();

    @Widget(title = "Coronal plane", description = "Which slice the coronal image shows (default: slice 0 at "
            + "the chest wall, as the scripts).")
    @RadioButtonsWidget
    @Layout(PlanesSection.class)
    @Persistor(CoronalPlanePersistor.class)
    CoronalPlaneChoice m_coronalPlane = EnumKeys.parse(CoronalPlaneChoice.class, D.coronalPlane(), "Coronal plane");

    @Widget(title = "Coronal slice", description = "Slice index of the coronal image when the coronal plane is "
            + "<i>Slice</i> (default 0, the chest wall; 0 or more and below the number of slices).")
    @Layout(PlanesSection.class)
    @Persist(configKey = "coronal_slice")
    int m_coronalSlice = D.coronalSlice();

    @Widget(title = "Label image mode", description = "How the label images (<i>auto_seg_*</i>) show the labels "
            + "(default: grey, as the scripts).")
    @ValueSwitchWidget
    @Layout(AppearanceSection.class)
    @Persistor(ModePersistor.class)
    LabelImageMode m_mode = EnumKeys.parse(LabelImageMode.class, D.mode(), "Label image mode");

    @Widget(title = "Window low (HU)", description = "HU value shown black in the images (default -1024).")
    @Layout(AppearanceSection.class)
    @Persist(configKey = "window_low")
    int m_windowLow = D.windowLow();

    @Widget(title = "Window high (HU)", description = "HU value shown white (default 200); must be above the "
            + "low value.")
    @Layout(AppearanceSection.class)
    @Persist(configKey = "window_high")
    int m_windowHigh = D.windowHigh();

    @Widget(title = "Scale (pixels per voxel)", description = "Integer nearest-neighbour enlargement of the "
            + "images (default 1, one pixel per voxel; at most " + RenderSettings.MAX_SCALE + ").")
    @Layout(AppearanceSection.class)
    @Persist(configKey = "scale")
    int m_scale = D.scale();

    @Widget(title = "Overlay opacity", description = "Opacity of the label colours in overlay mode, from 0 "
            + "(invisible) to 1 (opaque) (default 0.4).")
    @Layout(AppearanceSection.class)
    @Persist(configKey = "overlay_alpha")
    double m_overlayAlpha = D.overlayAlpha();

    @Override
    public RendererSettings toSettings() {
        return new RendererSettings(m_imageColumn, m_labelColumn, EnumKeys.key(m_mode), m_windowLow, m_windowHigh,
                EnumKeys.key(m_coronalPlane), m_coronalSlice, m_coronal, m_sagittal, m_transversal, m_scale,
                m_overlayAlpha);
    }
}

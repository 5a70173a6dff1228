package org.breastct.knime.node.renderer;

import org.breastct.knime.data.VolumeValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.breastct.render.RenderSettings;

/** Dialog of the Representative Image Renderer. */
final class RendererNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    RendererNodeDialog() {
        RendererSettings d = RendererSettings.DEFAULTS;
        addDialogComponent(new DialogComponentColumnNameSelection(
                new SettingsModelString(RendererSettings.KEY_IMAGE_COLUMN, d.imageColumn()), "HU image column", 0,
                VolumeValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(
                new SettingsModelString(RendererSettings.KEY_LABEL_COLUMN, d.labelColumn()), "Label column", 0,
                VolumeValue.class));
        createNewGroup("Planes");
        addDialogComponent(new DialogComponentBoolean(
                new SettingsModelBoolean(RendererSettings.KEY_CORONAL, d.coronal()), "Coronal"));
        addDialogComponent(new DialogComponentBoolean(
                new SettingsModelBoolean(RendererSettings.KEY_SAGITTAL, d.sagittal()), "Sagittal"));
        addDialogComponent(new DialogComponentBoolean(
                new SettingsModelBoolean(RendererSettings.KEY_TRANSVERSAL, d.transversal()), "Transversal"));
        addDialogComponent(new DialogComponentStringSelection(
                new SettingsModelString(RendererSettings.KEY_CORONAL_PLANE, d.coronalPlane()), "Coronal plane",
                RendererSettings.CORONAL_PLANES));
        addDialogComponent(new DialogComponentNumber(
                new SettingsModelIntegerBounded(RendererSettings.KEY_CORONAL_SLICE, d.coronalSlice(), 0,
                        Integer.MAX_VALUE), "Coronal slice (plane 'slice')", 1));
        closeCurrentGroup();
        createNewGroup("Appearance");
        addDialogComponent(new DialogComponentStringSelection(
                new SettingsModelString(RendererSettings.KEY_MODE, d.mode()), "Label image mode", RendererSettings.MODES));
        addDialogComponent(new DialogComponentNumber(
                new SettingsModelInteger(RendererSettings.KEY_WINDOW_LOW, d.windowLow()), "Window low (HU, black)", 10));
        addDialogComponent(new DialogComponentNumber(
                new SettingsModelInteger(RendererSettings.KEY_WINDOW_HIGH, d.windowHigh()), "Window high (HU, white)",
                10));
        addDialogComponent(new DialogComponentNumber(
                new SettingsModelIntegerBounded(RendererSettings.KEY_SCALE, d.scale(), 1, RenderSettings.MAX_SCALE),
                "Scale (pixels per voxel)", 1));
        addDialogComponent(new DialogComponentNumber(
                new SettingsModelDoubleBounded(RendererSettings.KEY_OVERLAY_ALPHA, d.overlayAlpha(), 0, 1),
                "Overlay opacity", 0.1));
        closeCurrentGroup();
    }
}

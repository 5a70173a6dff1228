package org.breastct.knime.node.segmenter;

import org.breastct.knime.data.VolumeValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Dialog of the Breast Segmenter: options on the first tab, the published thresholds on "Advanced". */
final class SegmenterNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    SegmenterNodeDialog() {
        SegmenterSettings d = SegmenterSettings.DEFAULTS;
        setDefaultTabTitle("Options");
        addDialogComponent(new DialogComponentColumnNameSelection(
                new SettingsModelString(SegmenterSettings.KEY_IMAGE_COLUMN, d.imageColumn()), "HU image column", 0,
                VolumeValue.class));
        addDialogComponent(new DialogComponentBoolean(
                new SettingsModelBoolean(SegmenterSettings.KEY_WRITE_FOLD_LABEL, d.writeFoldLabel()),
                "Write the skin fold as label 6"));
        addDialogComponent(new DialogComponentNumber(
                new SettingsModelIntegerBounded(SegmenterSettings.KEY_THREADS, d.threads(), 0,
                        SegmenterSettings.MAX_THREADS), "Threads (0 = all processors)", 1));
        createNewTab("Advanced");
        createNewGroup("Thresholds (HU; published values by default)");
        addInt(SegmenterSettings.KEY_SILICONE_HU, d.siliconeHu(), "Silicone (implant)");
        addInt(SegmenterSettings.KEY_BONE_HU, d.boneHu(), "Bone (rib)");
        addInt(SegmenterSettings.KEY_MUSCLE_HU, d.muscleHu(), "Muscle");
        addInt(SegmenterSettings.KEY_SKIN_HU, d.skinHu(), "Skin");
        addInt(SegmenterSettings.KEY_BREAST_HU, d.breastHu(), "Breast");
        closeCurrentGroup();
        createNewGroup("Glands (threshold region growing)");
        addInt(SegmenterSettings.KEY_GLAND_START_HU, d.glandStartHu(), "Start threshold (HU)");
        addDialogComponent(new DialogComponentNumber(
                new SettingsModelIntegerBounded(SegmenterSettings.KEY_GLAND_STEP_HU, d.glandStepHu(), 1, 1000),
                "Threshold step (HU)", 1));
        addDialogComponent(new DialogComponentNumber(
                new SettingsModelIntegerBounded(SegmenterSettings.KEY_GLAND_MAX_ITERATIONS, d.glandMaxIterations(), 1,
                        1000), "Maximum steps", 1));
        addDialogComponent(new DialogComponentBoolean(
                new SettingsModelBoolean(SegmenterSettings.KEY_SCRIPTS_GLAND_RULE, d.scriptsGlandRule()),
                "Reproduce the scripts' gland rule exactly (defect)"));
        closeCurrentGroup();
    }

    private void addInt(final String key, final int def, final String label) {
        addDialogComponent(new DialogComponentNumber(new SettingsModelInteger(key, def), label, 1));
    }
}

package org.knime.core.data;

/**
 * Test-kit stand-in for {@code org.knime.core.data.DataValue} (knime-core,
 * {@code org.knime.core/src/eclipse/org/knime/core/data/DataValue.java} at analytics-platform/5.8.2): the marker
 * interface of cell contents and its nested {@link UtilityFactory}, whose construction must not fail because
 * {@code VolumeValue.UTILITY} creates one when the value interface is initialised. Checked against the real source:
 * the real {@code UtilityFactory} has a protected no-argument constructor and only supplies renderers, icons and
 * comparators, none of which the nodes use, so the stand-in factory is empty.
 */
public interface DataValue {

    /** Stand-in for {@code DataValue.UtilityFactory} (nothing the nodes call). */
    public static class UtilityFactory {
        protected UtilityFactory() {
        }
    }
}

package org.breastct.knime.data;

import org.knime.core.data.ExtensibleUtilityFactory;

/** The utility factory of {@link VolumeValue}: the name KNIME shows for the type. */
public final class VolumeUtilityFactory extends ExtensibleUtilityFactory {

    /** Name of the type in KNIME's type lists. */
    public static final String NAME = "Breast CT volume";

    public VolumeUtilityFactory() {
        super(VolumeValue.class);
    }

    @Override
    public String getName() {
        return NAME;
    }
}

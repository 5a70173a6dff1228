package org.knime.filehandling.core.data.location;

import org.knime.core.data.DataValue;
import org.knime.filehandling.core.connections.FSLocation;

/**
 * Test-kit stand-in for {@code org.knime.filehandling.core.data.location.FSLocationValue} (knime-filehandling-core,
 * analytics-platform/5.8.2): the value of Path cells, {@code getFSLocation()}.
 */
public interface FSLocationValue extends DataValue {

    FSLocation getFSLocation();
}

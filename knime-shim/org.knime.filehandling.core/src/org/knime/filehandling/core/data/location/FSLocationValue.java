package org.knime.filehandling.core.data.location;

import org.knime.core.data.DataValue;
import org.knime.filehandling.core.connections.FSLocation;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface FSLocationValue extends DataValue {

    FSLocation getFSLocation();
}

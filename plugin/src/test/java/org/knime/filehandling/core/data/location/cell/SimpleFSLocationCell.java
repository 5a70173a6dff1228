package org.knime.filehandling.core.data.location.cell;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.filehandling.core.connections.FSLocation;
import org.knime.filehandling.core.data.location.FSLocationValue;

/**
 * Test-kit stand-in for {@code org.knime.filehandling.core.data.location.cell.SimpleFSLocationCell}
 * (knime-filehandling-core, analytics-platform/5.8.2): a Path cell holding an {@link FSLocation}; equal by location.
 */
public final class SimpleFSLocationCell extends DataCell implements FSLocationValue {

    private static final long serialVersionUID = 1L;

    public static final DataType TYPE = DataType.getType(SimpleFSLocationCell.class);

    private final FSLocation m_location;

    SimpleFSLocationCell(final FSLocation location) {
        m_location = location;
    }

    @Override
    public FSLocation getFSLocation() {
        return m_location;
    }

    @Override
    public String toString() {
        return m_location.toString();
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        return ((SimpleFSLocationCell)dc).m_location.equals(m_location);
    }

    @Override
    public int hashCode() {
        return m_location.hashCode();
    }
}

package org.breastct.knime.node;

import org.breastct.knime.node.NodeInfo.Link;
import org.breastct.knime.node.NodeInfo.Port;
import org.knime.core.webui.node.impl.WebUINodeConfiguration;
import org.knime.filehandling.core.port.FileSystemPortObject;
import org.knime.node.parameters.NodeParameters;

/**
 * KNIME's node configuration (name, icon, description, ports and the parameters class whose
 * {@code @Widget} texts become the options of the generated node description) from a
 * {@link NodeInfo}.
 *
 * <p>{@code WebUINodeConfiguration} is internal KNIME API (x-internal, deprecated since 5.6 but not
 * for removal); KNIME's own 5.8 nodes (74 factories in knime-base) use it in the same way.
 */
@SuppressWarnings({"restriction", "deprecation"})
public final class NodeConfigurations {

    private NodeConfigurations() {
    }

    /** The configuration of a node described by {@code info} with the parameters {@code parameters}. */
    public static WebUINodeConfiguration of(final NodeInfo info, final Class<? extends NodeParameters> parameters) {
        WebUINodeConfiguration.NodeOptionals b = WebUINodeConfiguration.builder().name(info.name()).icon(info.icon())
                .shortDescription(info.shortDescription()).fullDescription(info.fullDescription())
                .modelSettingsClass(parameters);
        for (Port p : info.inPorts()) {
            switch (p.kind()) {
                case TABLE -> b = b.addInputTable(p.name(), p.description(), false);
                case OPTIONAL_TABLE -> b = b.addInputTable(p.name(), p.description(), true);
                case FILE_SYSTEM -> b = b.addInputPort(p.name(), FileSystemPortObject.TYPE, p.description(), true);
            }
        }
        for (Port p : info.outPorts()) {
            b = b.addOutputTable(p.name(), p.description());
        }
        b = b.keywords(info.keywords().toArray(new String[0]));
        for (Link l : info.links()) {
            b = b.addExternalResource(l.href(), l.text());
        }
        return b.build();
    }
}

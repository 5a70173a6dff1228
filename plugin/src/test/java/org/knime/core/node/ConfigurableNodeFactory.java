package org.knime.core.node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.knime.core.node.context.NodeCreationConfiguration;
import org.knime.core.node.context.ports.PortsConfiguration;
import org.knime.core.node.port.PortType;

/**
 * Test-kit stand-in for {@code org.knime.core.node.ConfigurableNodeFactory} (knime-core, analytics-platform/5.8.2).
 * Its {@link PortsConfigurationBuilder} keeps the port groups in the order they are added (as
 * {@code DefaultPortsConfiguration} at the tag): a fixed group always has its ports, an optional input group has its
 * one (optional) port only when the user added it with the node's "..." menu. Kit only:
 * {@link #kitCreateNodeCreationConfig(Set)} = the real {@code createNodeCreationConfig()} followed by adding the
 * ports of the named optional groups; its {@code getInputPortLocation()} maps every input group to the indices of
 * its ports (an empty array for an optional group without port), as the real ports configuration.
 *
 * @param <T> the node model
 */
public abstract class ConfigurableNodeFactory<T extends NodeModel> extends NodeFactory<T> {

    protected ConfigurableNodeFactory() {
    }

    @Override
    public T createNodeModel() {
        return createNodeModel(kitCreateNodeCreationConfig(Set.of()));
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        throw new UnsupportedOperationException("not part of the test kit");
    }

    protected abstract Optional<PortsConfigurationBuilder> createPortsConfigBuilder();

    @Override
    protected abstract T createNodeModel(final NodeCreationConfiguration creationConfig);

    protected abstract NodeDialogPane createNodeDialogPane(final NodeCreationConfiguration creationConfig);

    /**
     * Kit only: the creation configuration with the ports of the optional input groups {@code addedGroups}.
     *
     * @throws IllegalArgumentException naming a group that is not an optional input group of this node
     */
    public final NodeCreationConfiguration kitCreateNodeCreationConfig(final Set<String> addedGroups) {
        PortsConfigurationBuilder b = createPortsConfigBuilder().orElse(null);
        if (b == null) {
            return new NodeCreationConfiguration(null);
        }
        for (String g : addedGroups) {
            Group group = b.m_in.get(g);
            if (group == null || !group.optional) {
                throw new IllegalArgumentException("'" + g + "' is not an optional input port group of "
                    + getClass().getSimpleName() + "; groups: " + b.m_in.keySet());
            }
        }
        List<PortType> in = new ArrayList<>();
        Map<String, int[]> location = new LinkedHashMap<>();
        for (Map.Entry<String, Group> e : b.m_in.entrySet()) {
            Group g = e.getValue();
            List<PortType> ports = g.optional ? (addedGroups.contains(e.getKey()) ? List.of(g.types[0].optional())
                : List.of()) : Arrays.asList(g.types);
            int[] idx = new int[ports.size()];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = in.size();
                in.add(ports.get(i));
            }
            location.put(e.getKey(), idx);
        }
        List<PortType> out = new ArrayList<>();
        for (Group g : b.m_out.values()) {
            out.addAll(Arrays.asList(g.types));
        }
        PortType[] inArr = in.toArray(new PortType[0]);
        PortType[] outArr = out.toArray(new PortType[0]);
        return new NodeCreationConfiguration(new PortsConfiguration() {
            @Override
            public PortType[] getInputPorts() {
                return inArr.clone();
            }

            @Override
            public PortType[] getOutputPorts() {
                return outArr.clone();
            }

            @Override
            public Map<String, int[]> getInputPortLocation() {
                return location;
            }
        });
    }

    private record Group(PortType[] types, boolean optional) {
    }

    /** Stand-in for the nested {@code PortsConfigurationBuilder}. */
    protected static final class PortsConfigurationBuilder {

        final Map<String, Group> m_in = new LinkedHashMap<>();

        final Map<String, Group> m_out = new LinkedHashMap<>();

        public PortsConfigurationBuilder() {
        }

        public void addFixedInputPortGroup(final String pGrpId, final PortType... fixedPortTypes) {
            add(m_in, pGrpId, new Group(fixedPortTypes, false));
        }

        public void addFixedOutputPortGroup(final String pGrpId, final PortType... fixedPortTypes) {
            add(m_out, pGrpId, new Group(fixedPortTypes, false));
        }

        public void addOptionalInputPortGroup(final String pGrpId, final PortType... optionalPorts) {
            add(m_in, pGrpId, new Group(optionalPorts, true));
        }

        private static void add(final Map<String, Group> groups, final String id, final Group g) {
            if (groups.putIfAbsent(id, g) != null) {
                throw new IllegalArgumentException("A port group with the given name already exists");
            }
        }
    }
}

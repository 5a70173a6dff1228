package org.knime.core.webui.node.impl;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortType;
import org.knime.node.parameters.NodeParameters;

/**
 * Test-kit stand-in for {@code org.knime.core.webui.node.impl.WebUINodeConfiguration} (knime-core-ui,
 * analytics-platform/5.8.2): the same staged builder (name, icon, short and full description, parameters class,
 * then ports, keywords and links). It keeps what the kit needs: name, parameters class and the port types, every
 * described port in order, configurable or not, as the real package-private {@code getInputPortTypes()} /
 * {@code getOutputPortTypes()} at the tag.
 */
public final class WebUINodeConfiguration {

    private final String m_name;

    private final Class<? extends NodeParameters> m_parameters;

    private final PortType[] m_in;

    private final PortType[] m_out;

    private WebUINodeConfiguration(final NodeOptionals b) {
        m_name = b.m_name;
        m_parameters = b.m_parameters;
        m_in = b.m_in.toArray(new PortType[0]);
        m_out = b.m_out.toArray(new PortType[0]);
    }

    public static Builder builder() {
        return new Builder();
    }

    PortType[] getInputPortTypes() {
        return m_in.clone();
    }

    PortType[] getOutputPortTypes() {
        return m_out.clone();
    }

    /** Kit only: the node name. */
    public String kitName() {
        return m_name;
    }

    /** Kit only: the parameters class. */
    public Class<? extends NodeParameters> kitParametersClass() {
        return m_parameters;
    }

    /** Stand-in for the nested {@code Builder}. */
    public static final class Builder {

        private Builder() {
        }

        public RequireIcon name(final String name) {
            NodeOptionals o = new NodeOptionals();
            o.m_name = name;
            return icon -> shortDescription -> fullDescription -> parameters -> {
                o.m_parameters = parameters;
                return o;
            };
        }
    }

    public interface RequireIcon {
        RequireShortDescription icon(final String icon);
    }

    public interface RequireShortDescription {
        RequireFullDescription shortDescription(final String shortDescription);
    }

    public interface RequireFullDescription {
        RequireModelSettingsClass fullDescription(final String fullDescription);
    }

    public interface RequireModelSettingsClass {
        NodeOptionals modelSettingsClass(final Class<? extends NodeParameters> modelSettingsClass);
    }

    /** Stand-in for the nested {@code NodeOptionals}. */
    public static final class NodeOptionals {

        private String m_name;

        private Class<? extends NodeParameters> m_parameters;

        private final List<PortType> m_in = new ArrayList<>();

        private final List<PortType> m_out = new ArrayList<>();

        private NodeOptionals() {
        }

        public NodeOptionals addInputTable(final String name, final String description, final boolean configurable) {
            return addInputPort(name, BufferedDataTable.TYPE, description, configurable);
        }

        public NodeOptionals addInputPort(final String name, final PortType type, final String description,
            final boolean configurable) {
            m_in.add(type);
            return this;
        }

        public NodeOptionals addOutputTable(final String name, final String description) {
            m_out.add(BufferedDataTable.TYPE);
            return this;
        }

        public NodeOptionals keywords(final String... keywords) {
            return this;
        }

        public NodeOptionals addExternalResource(final String href, final String description) {
            return this;
        }

        public WebUINodeConfiguration build() {
            return new WebUINodeConfiguration(this);
        }
    }
}

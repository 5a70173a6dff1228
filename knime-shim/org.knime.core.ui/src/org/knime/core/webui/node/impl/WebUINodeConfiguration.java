package org.knime.core.webui.node.impl;

import org.knime.core.node.port.PortType;
import org.knime.node.parameters.NodeParameters;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class WebUINodeConfiguration {

    private WebUINodeConfiguration() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static Builder builder() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    /** Shim of the nested KNIME class of the same name. */
    public static final class Builder {

        private Builder() {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public RequireIcon name(final String name) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }
    }

    /** Shim of the nested KNIME interface of the same name. */
    public interface RequireIcon {

        RequireShortDescription icon(final String icon);
    }

    /** Shim of the nested KNIME interface of the same name. */
    public interface RequireShortDescription {

        RequireFullDescription shortDescription(final String shortDescription);
    }

    /** Shim of the nested KNIME interface of the same name. */
    public interface RequireFullDescription {

        RequireModelSettingsClass fullDescription(final String fullDescription);
    }

    /** Shim of the nested KNIME interface of the same name. */
    public interface RequireModelSettingsClass {

        NodeOptionals modelSettingsClass(final Class<? extends NodeParameters> modelSettingsClass);
    }

    /** Shim of the nested KNIME class of the same name. */
    public static final class NodeOptionals {

        private NodeOptionals() {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public NodeOptionals addInputTable(final String name, final String description, final boolean configurable) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public NodeOptionals addInputPort(final String name, final PortType type, final String description,
            final boolean configurable) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public NodeOptionals addOutputTable(final String name, final String description) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public NodeOptionals keywords(final String... keywords) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public NodeOptionals addExternalResource(final String href, final String description) {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }

        public WebUINodeConfiguration build() {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }
    }
}

package org.breastct.knime.node;

import java.util.List;

/**
 * The description of a node as plain text: what KNIME shows in the node repository and the
 * description panel besides the options (those come from the {@code @Widget} annotations of the
 * node's parameters class). Plain Java so that tests can check it without KNIME; the factories turn
 * it into KNIME's node configuration ({@link NodeConfigurations}).
 *
 * @param name node name
 * @param icon icon path relative to the factory class (16x16 PNG)
 * @param shortDescription one sentence
 * @param fullDescription XHTML fragment (paragraphs, lists, {@code <i>}, {@code <tt>}), the intro
 * @param inPorts input ports in order
 * @param outPorts output ports in order
 * @param keywords search keywords
 * @param links external resources (the paper of the method)
 */
public record NodeInfo(String name, String icon, String shortDescription, String fullDescription,
        List<Port> inPorts, List<Port> outPorts, List<String> keywords, List<Link> links) {

    /** The paper of the method, linked from every node. */
    public static final Link PAPER = new Link("https://doi.org/10.1002/acm2.13726",
            "Shim et al., Fully automated breast segmentation on spiral breast computed tomography images, "
                    + "J Appl Clin Med Phys 2022");

    public NodeInfo {
        inPorts = List.copyOf(inPorts);
        outPorts = List.copyOf(outPorts);
        keywords = List.copyOf(keywords);
        links = List.copyOf(links);
    }

    /** What a port carries. */
    public enum PortKind {
        /** A data table that must be connected. */
        TABLE,
        /** A data table the user may add through the node's "..." menu. */
        OPTIONAL_TABLE,
        /** KNIME's File System connection port, optional. */
        FILE_SYSTEM
    }

    /**
     * One port.
     *
     * @param name port name
     * @param description what it holds (XHTML fragment)
     * @param kind table, optional table or file system
     */
    public record Port(String name, String description, PortKind kind) {

        public static Port table(final String name, final String description) {
            return new Port(name, description, PortKind.TABLE);
        }
    }

    /**
     * An external resource.
     *
     * @param href URL
     * @param text link text
     */
    public record Link(String href, String text) {
    }
}

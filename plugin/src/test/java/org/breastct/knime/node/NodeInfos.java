package org.breastct.knime.node;

/**
 * For tests: the {@link NodeInfo} and the parameters class of a node factory, found by the naming
 * convention of the extension ({@code XxxNodeFactory} -> {@code XxxNodeInfo.INFO} and
 * {@code XxxParameters} in the same package). The factory class itself is only loaded, never
 * initialised (its static configuration needs KNIME).
 */
public final class NodeInfos {

    private NodeInfos() {
    }

    private static String prefix(final Class<?> factory) {
        String n = factory.getName();
        if (!n.endsWith("NodeFactory")) {
            throw new AssertionError(n + " is not named XxxNodeFactory");
        }
        return n.substring(0, n.length() - "NodeFactory".length());
    }

    /** The description of the node of {@code factory}. */
    public static NodeInfo info(final Class<?> factory) throws ReflectiveOperationException {
        Class<?> c = Class.forName(prefix(factory) + "NodeInfo", true, factory.getClassLoader());
        return (NodeInfo)c.getField("INFO").get(null);
    }

    /** The parameters class of the node of {@code factory}. */
    public static Class<?> parameters(final Class<?> factory) throws ClassNotFoundException {
        return Class.forName(prefix(factory) + "Parameters", false, factory.getClassLoader());
    }
}

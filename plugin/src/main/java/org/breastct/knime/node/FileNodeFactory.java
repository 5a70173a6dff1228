package org.breastct.knime.node;

import java.util.Optional;

import org.breastct.knime.node.NodeInfo.Port;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ConfigurableNodeFactory;
import org.knime.core.node.NodeDescription;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeView;
import org.knime.core.node.context.NodeCreationConfiguration;
import org.knime.core.node.context.ports.PortsConfiguration;
import org.knime.core.webui.node.dialog.NodeDialog;
import org.knime.core.webui.node.dialog.NodeDialogFactory;
import org.knime.core.webui.node.dialog.NodeDialogManager;
import org.knime.core.webui.node.dialog.SettingsType;
import org.knime.core.webui.node.dialog.defaultdialog.DefaultNodeDialog;
import org.knime.core.webui.node.impl.WebUINodeConfiguration;
import org.knime.core.webui.node.impl.WebUINodeFactory;
import org.knime.filehandling.core.port.FileSystemPortObject;
import org.knime.node.parameters.NodeParameters;

/**
 * Base of the factories of the file readers and writers: a configurable node ("..." menu) with an
 * optional <i>File System</i> input port (and, for the readers, an optional input table), a web
 * dialog from the node's parameters class and a description generated from its {@link NodeInfo}.
 * This is the pattern of KNIME's own 5.8 file nodes with web dialogs (CSV Reader (Labs),
 * {@code CSVTableReaderNodeFactory2}): {@code ConfigurableNodeFactory implements NodeDialogFactory},
 * {@code WebUINodeFactory.createNodeDescription}, {@code DefaultNodeDialog} and the legacy
 * flow-variable dialog. {@code NodeDialogFactory}, {@code DefaultNodeDialog},
 * {@code NodeDialogManager} and {@code WebUINodeFactory} are internal KNIME API (x-internal) that
 * those nodes use too. {@code ConfigurableNodeFactory} still requires the Swing hooks
 * {@link #hasDialog()}, {@link #createNodeView} and {@link #createNodeDialogPane}, which KNIME
 * deprecated for removal in 5.6.
 *
 * <p>Port groups are named after the ports of the {@link NodeInfo}; the File System port group is
 * {@link #FILE_SYSTEM_GROUP}.
 *
 * @param <M> the node model
 */
@SuppressWarnings({"restriction", "deprecation"})
public abstract class FileNodeFactory<M extends NodeModel> extends ConfigurableNodeFactory<M>
        implements NodeDialogFactory {

    /** Port group id of the optional File System connection port. */
    public static final String FILE_SYSTEM_GROUP = "File System Connection";

    /** The node's description (a static constant: used while the super constructor runs). */
    protected abstract NodeInfo info();

    /** The node's configuration built from {@link #info()} (a static constant). */
    protected abstract WebUINodeConfiguration configuration();

    /** The node's parameters class. */
    protected abstract Class<? extends NodeParameters> parameters();

    /** The model for the chosen ports. */
    protected abstract M createNodeModel(PortsConfiguration ports);

    /**
     * The generated node description (overrides {@code NodeFactory#createNodeDescription}, which the
     * compile-only API shim does not declare: its throws clause names a class of Apache XMLBeans).
     */
    protected NodeDescription createNodeDescription() {
        return WebUINodeFactory.createNodeDescription(configuration());
    }

    @Override
    protected Optional<PortsConfigurationBuilder> createPortsConfigBuilder() {
        PortsConfigurationBuilder b = new PortsConfigurationBuilder();
        for (Port p : info().inPorts()) {
            switch (p.kind()) {
                case TABLE -> b.addFixedInputPortGroup(p.name(), BufferedDataTable.TYPE);
                case OPTIONAL_TABLE -> b.addOptionalInputPortGroup(p.name(), BufferedDataTable.TYPE);
                case FILE_SYSTEM -> b.addOptionalInputPortGroup(FILE_SYSTEM_GROUP, FileSystemPortObject.TYPE);
            }
        }
        for (Port p : info().outPorts()) {
            b.addFixedOutputPortGroup(p.name(), BufferedDataTable.TYPE);
        }
        return Optional.of(b);
    }

    @Override
    protected final M createNodeModel(final NodeCreationConfiguration creationConfig) {
        return createNodeModel(creationConfig.getPortConfig().orElseThrow());
    }

    @Override
    protected final int getNrNodeViews() {
        return 0;
    }

    @Override
    public final NodeView<M> createNodeView(final int viewIndex, final M nodeModel) {
        return null;
    }

    @Override
    protected final boolean hasDialog() {
        return true;
    }

    @Override
    public final NodeDialog createNodeDialog() {
        return new DefaultNodeDialog(SettingsType.MODEL, parameters());
    }

    @Override
    protected final NodeDialogPane createNodeDialogPane(final NodeCreationConfiguration creationConfig) {
        return NodeDialogManager.createLegacyFlowVariableNodeDialog(createNodeDialog());
    }

    /** Index of the first input port of group {@code group}, or -1 if the port is not present. */
    public static int portIndex(final PortsConfiguration ports, final String group) {
        int[] idx = ports.getInputPortLocation().get(group);
        return idx == null || idx.length == 0 ? -1 : idx[0];
    }
}

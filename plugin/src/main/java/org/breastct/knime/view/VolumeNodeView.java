package org.breastct.knime.view;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.webui.data.ApplyDataService;
import org.knime.core.webui.data.InitialDataService;
import org.knime.core.webui.data.RpcDataService;
import org.knime.core.webui.node.view.NodeView;
import org.knime.core.webui.page.Page;

/**
 * The interactive volume view as a KNIME web node view: the page {@code js-src/dist/volume-view/index.html}
 * of this bundle, the rows and legend as initial data and {@link VolumeViewService} as the JSON-RPC
 * data service that renders each slice on demand. A thin wrapper: all logic is in the service.
 *
 * <p>Web node views, pages and data services are x-internal API of org.knime.core.ui in 5.8 (and
 * master); KNIME's own 5.8 views (e.g. the text, image and code value views of org.knime.core.ui)
 * use them the same way, hence the {@code restriction} suppression.
 */
@SuppressWarnings("restriction")
public final class VolumeNodeView implements NodeView {

    /** Folder of the page inside the bundle (shipped unpacked, see build.properties). */
    static final String BASE_PATH = "js-src/dist/volume-view";

    private final Supplier<List<ViewRow>> rows;

    private VolumeViewService service;

    /** @param rows the breasts to show, asked for when the view opens */
    public VolumeNodeView(final Supplier<List<ViewRow>> rows) {
        this.rows = rows;
    }

    private synchronized VolumeViewService service() {
        if (service == null) {
            service = new VolumeViewService(rows.get());
        }
        return service;
    }

    private synchronized void release() {
        if (service != null) {
            service.release();
        }
    }

    @Override
    public Page getPage() {
        return Page.create().fromFile().bundleClass(VolumeNodeView.class).basePath(BASE_PATH)
            .relativeFilePath("index.html").addResourceFile("volume-view.js").addResourceFile("volume-view.css")
            .addResourceFile("transport.js");
    }

    @SuppressWarnings("unchecked")
    @Override
    public <D> Optional<InitialDataService<D>> createInitialDataService() {
        InitialDataService<ViewData.Initial> ds = InitialDataService.builder(() -> service().initialData()).build();
        return Optional.of((InitialDataService<D>) (InitialDataService<?>) ds);
    }

    @Override
    public Optional<RpcDataService> createRpcDataService() {
        return Optional.of(RpcDataService.builder(service()).onDeactivate(this::release).onDispose(this::release).build());
    }

    @Override
    public <D> Optional<ApplyDataService<D>> createApplyDataService() {
        return Optional.empty();
    }

    @Override
    public void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        // the view has no settings
    }

    @Override
    public void loadValidatedSettingsFrom(final NodeSettingsRO settings) {
        // the view has no settings
    }
}

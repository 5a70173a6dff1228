package org.breastct.osgi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/**
 * An OSGi framework (whichever {@link FrameworkFactory} is on the class path: Equinox, org.eclipse.osgi)
 * with a set of bundle jars installed and resolved.
 * <p>
 * Class loading is configured as KNIME starts Equinox (through EclipseStarter, whose defaults include
 * {@code osgi.compatibility.bootdelegation=true}): a bundle sees {@code java.*}, what it imports or requires,
 * and, as a last resort, the JRE's boot class path (so a JRE package such as {@code javax.swing} used without
 * an import loads, as in KNIME). Everything else, e.g. commons-csv or a KNIME package, must be wired. The
 * parent class loader is the boot loader, so nothing on the test's own class path leaks into the bundles.
 */
final class Equinox implements AutoCloseable {

    private final Framework framework;
    private final Map<String, Bundle> bySymbolicName = new LinkedHashMap<>();

    private Equinox(final Framework framework) {
        this.framework = framework;
    }

    /**
     * Starts a framework whose storage is {@code storage} (cleaned first), installs {@code jars} in order and
     * resolves them all (a bundle that cannot be resolved stays INSTALLED; see {@link #resolutionProblems()}).
     *
     * @throws BundleException if a jar is not a valid bundle (for instance two bundles with one symbolic name)
     */
    static Equinox start(final Path storage, final List<Path> jars) throws BundleException {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put("osgi.compatibility.bootdelegation", "true");
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi FrameworkFactory on the test class path"));
        Equinox osgi = new Equinox(factory.newFramework(config));
        osgi.framework.start();
        try {
            for (Path jar : jars) {
                Bundle b = osgi.framework.getBundleContext().installBundle(jar.toUri().toString());
                osgi.bySymbolicName.put(b.getSymbolicName(), b);
            }
        } catch (BundleException | RuntimeException e) {
            osgi.close();
            throw e;
        }
        osgi.framework.adapt(FrameworkWiring.class).resolveBundles(null);
        return osgi;
    }

    /** The installed bundle {@code symbolicName}; fails if there is none. */
    Bundle bundle(final String symbolicName) {
        Bundle b = bySymbolicName.get(symbolicName);
        if (b == null) {
            throw new AssertionError("no bundle " + symbolicName + " installed; installed: " + bySymbolicName.keySet());
        }
        return b;
    }

    /**
     * One line per installed bundle that did not resolve, naming each of its mandatory requirements that no
     * resolved bundle satisfies: {@code "org.breastct.engine 1.0.0.x: Import-Package
     * (&(osgi.wiring.package=org.apache.commons.csv)(version>=1.11.0)...) - no bundle provides it"} (or "provided
     * only by the unresolved X"; if every requirement has a resolved candidate, the cause is a conflict), followed
     * by Equinox's own explanation. Empty if everything resolved.
     */
    List<String> resolutionProblems() {
        List<String> problems = new ArrayList<>();
        for (Bundle b : bySymbolicName.values()) {
            if ((b.getState() & (Bundle.INSTALLED | Bundle.UNINSTALLED)) == 0) {
                continue;
            }
            BundleRevision revision = b.adapt(BundleRevision.class);
            List<String> gaps = new ArrayList<>();
            for (Requirement req : revision.getRequirements(null)) {
                if (Namespace.RESOLUTION_OPTIONAL.equals(req.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE))) {
                    continue;
                }
                List<Bundle> providers = providers(req);
                List<String> resolvedProviders = providers.stream().filter(p -> p.getState() != Bundle.INSTALLED)
                        .map(Equinox::name).collect(Collectors.toList());
                if (providers.isEmpty()) {
                    gaps.add(describe(req) + " - no bundle provides it");
                } else if (resolvedProviders.isEmpty()) {
                    gaps.add(describe(req) + " - provided only by the unresolved "
                            + providers.stream().map(Equinox::name).collect(Collectors.joining(", ")));
                }
            }
            if (gaps.isEmpty()) {
                gaps.add("every mandatory requirement has a resolved candidate: a conflict (uses, singleton)");
            }
            problems.add(name(b) + ": " + String.join("; ", gaps) + " | Equinox: " + equinoxExplanation(b));
        }
        return problems;
    }

    /** The bundle that provides the package {@code pkg} to {@code importer}, or null if the import is not wired. */
    Bundle packageProvider(final Bundle importer, final String pkg) {
        BundleWiring wiring = importer.adapt(BundleWiring.class);
        if (wiring == null) {
            return null;
        }
        for (BundleWire wire : wiring.getRequiredWires(BundleRevision.PACKAGE_NAMESPACE)) {
            if (pkg.equals(wire.getCapability().getAttributes().get(BundleRevision.PACKAGE_NAMESPACE))) {
                return wire.getProvider().getBundle();
            }
        }
        return null;
    }

    /**
     * The packages {@code importer} imports (optionally: a mandatory import is wired once it resolved) that no
     * bundle provides to it, leaving out the packages it exports itself (bnd imports those too). Sorted.
     */
    List<String> unwiredOptionalImports(final Bundle importer) {
        BundleWiring wiring = importer.adapt(BundleWiring.class);
        List<Object> ownExports = wiring.getCapabilities(BundleRevision.PACKAGE_NAMESPACE).stream()
                .map(c -> c.getAttributes().get(BundleRevision.PACKAGE_NAMESPACE)).collect(Collectors.toList());
        List<String> unwired = new ArrayList<>();
        for (Requirement req : importer.adapt(BundleRevision.class).getRequirements(BundleRevision.PACKAGE_NAMESPACE)) {
            boolean wired = wiring.getRequiredWires(BundleRevision.PACKAGE_NAMESPACE).stream()
                    .anyMatch(w -> w.getRequirement().equals(req));
            boolean own = ownExports.stream().anyMatch(
                    pkg -> String.valueOf(req.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE))
                            .contains("(" + BundleRevision.PACKAGE_NAMESPACE + "=" + pkg + ")"));
            if (!wired && !own) {
                unwired.add(describe(req));
            }
        }
        unwired.sort(null);
        return unwired;
    }

    static String name(final Bundle b) {
        return b.getSymbolicName() + " " + b.getVersion();
    }

    private List<Bundle> providers(final Requirement req) {
        String filterText = req.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
        Filter filter;
        try {
            filter = filterText == null ? null : FrameworkUtil.createFilter(filterText);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("requirement filter " + filterText, e);
        }
        List<Bundle> providers = new ArrayList<>();
        for (Bundle candidate : framework.getBundleContext().getBundles()) {
            BundleRevision rev = candidate.adapt(BundleRevision.class);
            for (BundleCapability cap : rev.getDeclaredCapabilities(req.getNamespace())) {
                if (filter == null || filter.matches(cap.getAttributes())) {
                    providers.add(candidate);
                    break;
                }
            }
        }
        return providers;
    }

    private static String describe(final Requirement req) {
        String header;
        switch (req.getNamespace()) {
            case BundleRevision.PACKAGE_NAMESPACE:
                header = "Import-Package";
                break;
            case BundleRevision.BUNDLE_NAMESPACE:
                header = "Require-Bundle";
                break;
            case BundleRevision.HOST_NAMESPACE:
                header = "Fragment-Host";
                break;
            default:
                header = "Require-Capability " + req.getNamespace();
        }
        return header + " " + req.getDirectives().get(Namespace.REQUIREMENT_FILTER_DIRECTIVE);
    }

    /** Equinox's resolution report for an unresolved bundle (it is part of the exception a start attempt throws). */
    private static String equinoxExplanation(final Bundle b) {
        try {
            b.start(Bundle.START_TRANSIENT);
            return "(started: resolved on a second attempt)";
        } catch (BundleException e) {
            return e.getMessage().replace('\n', ' ');
        }
    }

    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(30_000);
        } catch (BundleException e) {
            throw new IllegalStateException("stopping the OSGi framework", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

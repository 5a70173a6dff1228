package org.breastct.knime.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the volume view page from the plugin's files (js-src/dist/volume-view, as the bundle ships
 * them) on 127.0.0.1 with a {@link VolumeViewService} behind it, the way KNIME's data services wrap it:
 * {@code GET /initial} = {@code {"result": initialData}}, {@code POST /rpc} = JSON-RPC 2.0 with
 * positional parameters on the service's public methods (as KNIME's jsonrpc4j server does), errors
 * as JSON-RPC errors with the exception message.
 */
final class ViewTestServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
        "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "png", "image/png");

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpServer server;
    private final Path pageDir;
    private final VolumeViewService service;

    ViewTestServer(final Path pageDir, final VolumeViewService service) throws IOException {
        this.pageDir = pageDir.toAbsolutePath().normalize();
        this.service = service;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url(final String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    private void handle(final HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (path.equals("/initial")) {
                ObjectNode root = mapper.createObjectNode();
                root.set("result", mapper.valueToTree(service.initialData()));
                send(ex, 200, "application/json", mapper.writeValueAsBytes(root));
            } else if (path.equals("/rpc") && ex.getRequestMethod().equals("POST")) {
                byte[] body;
                try (InputStream in = ex.getRequestBody()) {
                    body = in.readAllBytes();
                }
                send(ex, 200, "application/json", mapper.writeValueAsBytes(rpc(mapper.readTree(body))));
            } else {
                Path f = pageDir.resolve(path.substring(1)).normalize();
                if (!f.startsWith(pageDir) || !Files.isRegularFile(f)) {
                    send(ex, 404, "text/plain", ("not found: " + path).getBytes());
                    return;
                }
                String name = f.getFileName().toString();
                String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
                send(ex, 200, type, Files.readAllBytes(f));
            }
        }
    }

    private ObjectNode rpc(final JsonNode req) {
        ObjectNode res = mapper.createObjectNode().put("jsonrpc", "2.0");
        res.set("id", req.get("id"));
        String name = req.path("method").asText();
        JsonNode params = req.path("params");
        try {
            Method m = null;
            for (Method c : VolumeViewService.class.getMethods()) {
                if (c.getName().equals(name) && c.getParameterCount() == params.size()
                    && !Modifier.isStatic(c.getModifiers()) && c.getDeclaringClass() == VolumeViewService.class) {
                    m = c;
                }
            }
            if (m == null) {
                throw new IllegalArgumentException("no method " + name + " with " + params.size() + " parameters");
            }
            Object[] args = new Object[params.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = mapper.convertValue(params.get(i), m.getParameterTypes()[i]);
            }
            res.set("result", mapper.valueToTree(m.invoke(service, args)));
        } catch (InvocationTargetException e) {
            res.putObject("error").put("code", -32000).put("message", String.valueOf(e.getCause().getMessage()));
        } catch (RuntimeException | IllegalAccessException e) {
            res.putObject("error").put("code", -32601).put("message", String.valueOf(e.getMessage()));
        }
        return res;
    }

    private static void send(final HttpExchange ex, final int status, final String type, final byte[] body)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

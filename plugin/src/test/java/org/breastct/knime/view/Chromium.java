package org.breastct.knime.view;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A headless Chromium (Debian's {@code chromium}) driven over the Chrome DevTools Protocol on a
 * WebSocket of {@link java.net.http}: no WebDriver, nothing downloaded. One page target; fresh
 * profile in a temporary folder, deleted on {@link #close}.
 */
final class Chromium implements AutoCloseable {

    /** Where the browser is looked for: $BREASTCT_CHROMIUM, then these. */
    static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    private final ObjectMapper mapper = new ObjectMapper();
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    /** The browser executable, or an AssertionError with the install hint. */
    static Path executable() {
        String env = System.getenv("BREASTCT_CHROMIUM");
        List<String> tried = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            tried.add(env);
        }
        tried.addAll(CANDIDATES);
        for (String c : tried) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new AssertionError("the volume view browser test needs a Chromium, none found at " + tried
            + ". Install Debian's: sudo apt-get install chromium (scripts/setup-machine.sh does it), or set"
            + " BREASTCT_CHROMIUM to a Chromium/Chrome executable.");
    }

    Chromium(final int width, final int height) throws IOException, InterruptedException {
        profile = Files.createTempDirectory("breastct-chromium-");
        List<String> cmd = List.of(executable().toString(), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--force-color-profile=srgb", "--user-data-dir=" + profile, "--remote-debugging-port=0",
            "--window-size=" + width + "," + height, "--hide-scrollbars", "about:blank");
        process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile())
            .start();
        try {
            socket = connect();
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    private WebSocket connect() throws IOException, InterruptedException {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String log = Files.exists(profile.resolve("chromium.log")) ? Files.readString(profile.resolve("chromium.log"))
                    : "";
                throw new IOException("Chromium did not open its DevTools port (exit " + (process.isAlive() ? "-" : process
                    .exitValue()) + "): " + log);
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
        HttpClient http = HttpClient.newHttpClient();
        String wsUrl = null;
        for (int attempt = 0; attempt < 100 && wsUrl == null; attempt++) {
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode t : mapper.readTree(list.body())) {
                if (t.path("type").asText().equals("page")) {
                    wsUrl = t.path("webSocketDebuggerUrl").asText();
                }
            }
            if (wsUrl == null) {
                Thread.sleep(50);
            }
        }
        if (wsUrl == null) {
            throw new IOException("Chromium has no page target");
        }
        return http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(URI.create(wsUrl),
            new Listener()).join();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buf = new StringBuilder();

        @Override
        public CompletionStage<?> onText(final WebSocket ws, final CharSequence data, final boolean last) {
            buf.append(data);
            if (last) {
                try {
                    JsonNode msg = mapper.readTree(buf.toString());
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                        if (f != null) {
                            f.complete(msg);
                        }
                    }
                } catch (IOException e) {
                    // not JSON: ignore
                }
                buf.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    /** Sends a DevTools command and returns its result (throws with the protocol error). */
    JsonNode send(final String method, final ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = mapper.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params == null ? mapper.createObjectNode() : params);
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(mapper.writeValueAsString(msg), true).join();
        JsonNode res = f.get(60, TimeUnit.SECONDS);
        if (res.has("error")) {
            throw new IllegalStateException(method + ": " + res.get("error"));
        }
        return res.path("result");
    }

    ObjectNode params() {
        return mapper.createObjectNode();
    }

    void navigate(final String url) throws Exception {
        send("Page.enable", null);
        send("Page.navigate", params().put("url", url));
    }

    /** Evaluates a JavaScript expression in the page (promises awaited) and returns its JSON value. */
    JsonNode eval(final String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", params().put("expression", expression).put("awaitPromise", true)
            .put("returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("page script failed: " + expression + " -> " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Polls {@code condition} (a JavaScript boolean expression) until true; fails after {@code seconds}. */
    void waitFor(final String condition, final int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            JsonNode v;
            try {
                v = eval("Boolean(" + condition + ")");
            } catch (IllegalStateException e) {
                v = null;
            }
            if (v != null && v.asBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("page never reached: " + condition + "; page errors: "
                    + eval("JSON.stringify(window.volumeView ? window.volumeView.errors : 'no volumeView')"));
            }
            Thread.sleep(50);
        }
    }

    /** A real mouse event at CSS pixel (x, y) of the viewport. */
    void mouse(final String type, final double x, final double y, final String button, final int clicks)
            throws Exception {
        send("Input.dispatchMouseEvent", params().put("type", type).put("x", x).put("y", y).put("button", button)
            .put("clickCount", clicks));
    }

    void click(final double x, final double y) throws Exception {
        mouse("mouseMoved", x, y, "none", 0);
        mouse("mousePressed", x, y, "left", 1);
        mouse("mouseReleased", x, y, "left", 1);
    }

    void wheel(final double x, final double y, final double deltaY) throws Exception {
        send("Input.dispatchMouseEvent", params().put("type", "mouseWheel").put("x", x).put("y", y).put("deltaX", 0)
            .put("deltaY", deltaY));
    }

    /** The viewport as PNG bytes. */
    byte[] screenshot() throws Exception {
        String b64 = send("Page.captureScreenshot", params().put("format", "png")).path("data").asText();
        return java.util.Base64.getDecoder().decode(b64);
    }

    @Override
    public void close() throws IOException {
        try {
            if (socket != null) {
                socket.abort();
            }
        } finally {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            try (Stream<Path> s = Files.walk(profile)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

package org.breastct.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code scripts/breastct} run by bash on the packaged {@code cli/target/breastct.jar}, as a user runs it:
 * the class-data-sharing archive its first {@code segment} records and later runs map, that it changes no label, and
 * what it does when the run fails, when CDS is off, when the jar changes and when the jar is missing.
 *
 * <p>An integration test (maven-failsafe-plugin, phase integration-test): the jar is shaded in the package phase,
 * after the unit tests. The pom passes the paths of the launcher and the jar as system properties.
 */
class LauncherIT {

    private static final String SHAPE = "24,128,128";
    private static final String UID = "phantom_s3";

    private static Path launcher;
    private static Path jar;
    private static Path java;

    /** One small phantom for every test, and its labels from a plain {@code java -jar} run. */
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path input;
    private static byte[] plainLabels;

    /** Exit code, standard output and error of one process. */
    private record Run(int code, String out, String err) {
        String all() {
            return "exit " + code + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
        }
    }

    @BeforeAll
    static void phantomAndPlainLabels() throws Exception {
        launcher = requiredFile("breastct.launcher");
        jar = requiredFile("breastct.jar");
        java = Path.of(System.getProperty("java.home"), "bin", "java");
        input = shared.resolve("in");
        Run p = plain(shared, "phantom", input.toString(), "--shape", SHAPE, "--seed", "3", "--threads", "1",
                "--quiet");
        assertEquals(0, p.code(), p.all());
        Path out = shared.resolve("plain");
        Run s = plain(shared, "segment", input.toString(), "--output", out.toString(), "--threads", "1", "--quiet");
        assertEquals(0, s.code(), s.all());
        plainLabels = Files.readAllBytes(out.resolve("segmentation_" + UID + ".npy"));
    }

    private static Path requiredFile(String property) {
        String v = System.getProperty(property);
        if (v == null) {
            fail("system property " + property + " is not set: run this test through Maven (mvn verify -pl ...,cli), "
                    + "whose failsafe configuration in cli/pom.xml sets it");
        }
        Path p = Path.of(v).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(p), property + " = " + p + " does not exist");
        return p;
    }

    @Test
    void theFirstSegmentRecordsOneArchiveAndTheSecondMapsIt() throws Exception {
        Path cds = Files.createDirectory(dir.resolve("cds"));
        Map<String, String> env = Map.of("BREASTCT_CDS_DIR", cds.toString());

        segment(env, "o1");
        List<String> afterFirst = names(cds);
        List<String> archives = archives(cds);
        assertEquals(1, archives.size(), "one archive recorded: " + afterFirst);
        assertEquals(List.of(archives.get(0), keyOf(archives.get(0))), afterFirst, "the archive and its key");
        assertTrue(afterFirst.stream().noneMatch(n -> n.endsWith(".tmp")), "a temporary file is left: " + afterFirst);
        Path archive = cds.resolve(archives.get(0));
        assertTrue(Files.size(archive) > 0, archive + " is empty");
        FileTime recorded = Files.getLastModifiedTime(archive);

        // the second run maps it: the CLI's main class comes from the archive's top layer (the dynamic archive)
        assertEquals("shared objects file (top)", mainClassSource(env, "o2"), "the second run's main class");
        assertEquals(afterFirst, names(cds), "the second run changed the cache folder");
        assertEquals(recorded, Files.getLastModifiedTime(archive), "the second run wrote the archive again");
    }

    @Test
    void cdsOffRecordsAndMapsNothing() throws Exception {
        // no BREASTCT_CDS_DIR: the default place under HOME
        Path home = Files.createDirectory(dir.resolve("home"));
        Path cache = home.resolve(".cache").resolve("breastct");
        Map<String, String> off = Map.of("HOME", home.toString(), "BREASTCT_CDS", "off");
        segment(off, "o1");
        assertFalse(Files.exists(cache), "BREASTCT_CDS=off created " + cache);

        // the same run with CDS on records in that default place (so the check above is not vacuous) ...
        segment(Map.of("HOME", home.toString()), "o2");
        assertEquals(1, archives(cache).size(), "with CDS on: " + names(cache));

        // ... which BREASTCT_CDS=off does not map
        String source = mainClassSource(off, "o3");
        assertTrue(source.startsWith("file:"), "with BREASTCT_CDS=off the main class comes from " + source);
    }

    @Test
    void aFailedRunLeavesNoArchiveAndReturnsTheExitCodeOfTheCli() throws Exception {
        Path cds = Files.createDirectory(dir.resolve("cds"));
        Map<String, String> env = Map.of("BREASTCT_CDS_DIR", cds.toString());

        // a missing input folder: a usage error
        String missing = dir.resolve("no-such-folder").toString();
        Run plain = plain(dir, "segment", missing, "--quiet");
        assertNotEquals(0, plain.code(), plain.all());
        Run r = launch(env, "segment", missing, "--quiet");
        assertEquals(plain.code(), r.code(), r.all());
        assertTrue(r.err().contains("not a folder"), r.all());
        assertEquals(List.of(), names(cds), "a failed run left files");

        // a breast that cannot be read: the batch goes on and exits with 1
        Path bad = Files.createDirectory(dir.resolve("bad"));
        Files.writeString(bad.resolve("broken.npy"), "not an npy file");
        Run plainBad = plain(dir, "segment", bad.toString(), "--output", dir.resolve("o1").toString(), "--quiet");
        assertNotEquals(0, plainBad.code(), plainBad.all());
        Run rb = launch(env, "segment", bad.toString(), "--output", dir.resolve("o2").toString(), "--quiet");
        assertEquals(plainBad.code(), rb.code(), rb.all());
        assertTrue(rb.err().contains("broken"), "the error names the breast: " + rb.all());
        assertEquals(List.of(), names(cds), "a failed run left files");
    }

    @Test
    void aJarOfAnotherSizeOrModificationTimeGetsANewArchiveThatReplacesTheOldOne() throws Exception {
        Path cds = Files.createDirectory(dir.resolve("cds"));
        Path copy = copyOfTheJar("x");
        Map<String, String> env = Map.of("BREASTCT_CDS_DIR", cds.toString(), "BREASTCT_JAR", copy.toString());

        String first = recordOne(env, cds, "o1");
        assertEquals(List.of(first), archives(cds));

        // the same jar, one hour newer: a new archive, and the first one (of a jar that no longer exists) goes
        FileTime newer = FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() + 3_600_000L);
        Files.setLastModifiedTime(copy, newer);
        String second = recordOne(env, cds, "o2");
        assertNotEquals(first, second);
        assertEquals(List.of(second, keyOf(second)), names(cds));

        // one entry more (another size), the same modification time
        Path extra = Files.writeString(Files.createDirectory(dir.resolve("extra")).resolve("extra.txt"), "x");
        ToolProvider jarTool = ToolProvider.findFirst("jar").orElseThrow(() -> new AssertionError("no jar tool"));
        long before = Files.size(copy);
        assertEquals(0, jarTool.run(System.out, System.err, "--update", "--file", copy.toString(), "-C",
                extra.getParent().toString(), "extra.txt"));
        Files.setLastModifiedTime(copy, newer);
        assertNotEquals(before, Files.size(copy), "the jar's size did not change");
        String third = recordOne(env, cds, "o3");
        assertFalse(List.of(first, second).contains(third), third);
        assertEquals(List.of(third, keyOf(third)), names(cds));
    }

    @Test
    void recordingRemovesTheStaleArchivesOfThisJavaAndNothingElse() throws Exception {
        Path cds = Files.createDirectory(dir.resolve("cds"));
        Path x = copyOfTheJar("x");
        Path w = copyOfTheJar("w");
        String aw = recordOne(Map.of("BREASTCT_CDS_DIR", cds.toString(), "BREASTCT_JAR", w.toString()), cds, "o1");
        Map<String, String> envX = Map.of("BREASTCT_CDS_DIR", cds.toString(), "BREASTCT_JAR", x.toString());
        String ax = recordOne(envX, cds, "o2");
        // another checkout's jar that still exists unchanged keeps its archive
        assertEquals(List.of(aw, ax, keyOf(aw), keyOf(ax)).stream().sorted().toList(), names(cds));

        // files the launcher must leave alone, named after this Java binary's key (the archives' first number)
        String javaKey = aw.split("-")[1];
        String javaLine = "java " + java.toRealPath();
        List<String> foreign = List.of("notes.txt", "breastct-123.jsa", "breastct-1-2.jsa", "breastct-1-2.key",
                "breastct-" + javaKey + "-6.jsa", "breastct-" + javaKey + "-6.key", "breastct-" + javaKey + "-7.jsa",
                "breastct-" + javaKey + "-8.jsa.bak", "breastct-" + javaKey + "-8.key.bak");
        for (String f : foreign) {
            Files.writeString(cds.resolve(f), "x");
        }
        // another Java binary's archive of a jar that is gone
        Files.writeString(cds.resolve("breastct-1-2.key"), "java /opt/other/bin/java\njar " + dir.resolve("gone.jar"));
        // the same Java key, but the key text names another binary (a checksum collision): not this Java's
        Files.writeString(cds.resolve("breastct-" + javaKey + "-6.key"), "java /opt/other/bin/java\njar "
                + dir.resolve("gone.jar"));
        // -7.jsa has no key: nothing says which jar it belongs to; -8.*.bak are not the launcher's names
        for (String bak : List.of("-8.jsa.bak", "-8.key.bak")) {
            Files.writeString(cds.resolve("breastct-" + javaKey + bak), javaLine + "\njar " + dir.resolve("gone.jar"));
        }
        // the temporary file of a launcher that recorded for w and was killed
        String killedTmp = aw + ".99999.tmp";
        Files.writeString(cds.resolve(killedTmp), "x");

        // w is deleted and x rebuilt: recording for the new x removes the archives of both old jars
        Files.delete(w);
        Files.setLastModifiedTime(x, FileTime.fromMillis(Files.getLastModifiedTime(x).toMillis() + 3_600_000L));
        String ax2 = recordOne(envX, cds, "o3");
        List<String> expected = new ArrayList<>(foreign);
        expected.addAll(List.of(ax2, keyOf(ax2)));
        assertEquals(expected.stream().sorted().toList(), names(cds));
    }

    private Path copyOfTheJar(String folder) throws IOException {
        Path copy = Files.createDirectory(dir.resolve(folder)).resolve("breastct.jar");
        Files.copy(jar, copy);
        return copy;
    }

    private static String keyOf(String archive) {
        return archive.replaceFirst("\\.jsa$", ".key");
    }

    /**
     * Runs {@code segment} through the launcher: it records one new archive, with its key file, and leaves no
     * temporary file. Returns the archive's name.
     */
    private String recordOne(Map<String, String> env, Path cds, String out) throws Exception {
        List<String> before = archives(cds);
        segment(env, out);
        List<String> fresh = new ArrayList<>(archives(cds));
        fresh.removeAll(before);
        List<String> now = names(cds);
        assertEquals(1, fresh.size(), "one new archive after " + before + ": " + now);
        assertTrue(fresh.get(0).matches("breastct-[0-9]+-[0-9]+\\.jsa"), fresh.get(0));
        assertTrue(now.contains(keyOf(fresh.get(0))), "no key file: " + now);
        assertTrue(now.stream().noneMatch(n -> n.matches("breastct-.*\\.[0-9]+\\.tmp")),
                "a temporary file is left: " + now);
        return fresh.get(0);
    }

    @Test
    void killingTheLauncherStopsTheRunWhetherItRecordsOrMaps() throws Exception {
        Path cds = Files.createDirectory(dir.resolve("cds"));
        Map<String, String> env = Map.of("BREASTCT_CDS_DIR", cds.toString());

        // recording: the JVM is the launcher's child, and SIGTERM to the launcher reaches it
        Process recording = launcher(env, "segment", input.toString(), "--output", dir.resolve("o1").toString(),
                "--threads", "1", "--quiet").redirectErrorStream(true).redirectOutput(dir.resolve("o1.log").toFile())
                .start();
        ProcessHandle jvm = childJvm(recording);
        recording.destroy();
        assertTrue(recording.waitFor(1, TimeUnit.MINUTES), "the launcher did not end");
        assertEquals(143, recording.exitValue(), Files.readString(dir.resolve("o1.log")));
        assertFalse(jvm.isAlive(), "the JVM outlived the launcher");
        assertFalse(Files.exists(dir.resolve("o1").resolve("segmentation_" + UID + ".npy")), "the run went on");
        assertEquals(List.of(), names(cds), "a stopped run left files");

        // mapping: the launcher becomes the JVM (exec), which SIGTERM stops as it stops java -jar
        segment(env, "o2");
        List<String> recorded = names(cds);
        Process mapping = launcher(env, "segment", input.toString(), "--output", dir.resolve("o3").toString(),
                "--threads", "1", "--quiet").redirectErrorStream(true).redirectOutput(dir.resolve("o3.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!isJava(mapping.toHandle())) {
            assertFalse(mapping.children().anyMatch(LauncherIT::isJava),
                    "the launcher runs the JVM as a child instead of exec");
            assertTrue(mapping.isAlive() && System.nanoTime() < deadline, "the launcher did not become java: "
                    + mapping.toHandle().info().command());
            Thread.sleep(5);
        }
        mapping.destroy();
        assertTrue(mapping.waitFor(1, TimeUnit.MINUTES), "the JVM did not end");
        assertEquals(143, mapping.exitValue(), Files.readString(dir.resolve("o3.log")));
        assertFalse(Files.exists(dir.resolve("o3").resolve("segmentation_" + UID + ".npy")), "the run went on");
        assertEquals(recorded, names(cds));
    }

    /** The launcher's child once it runs java (fails after a minute). */
    private static ProcessHandle childJvm(Process launcher) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline && launcher.isAlive()) {
            var jvm = launcher.children().filter(LauncherIT::isJava).findFirst();
            if (jvm.isPresent()) {
                return jvm.get();
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the launcher started no java child (alive: " + launcher.isAlive() + ")");
    }

    private static boolean isJava(ProcessHandle p) {
        return p.info().command().map(c -> c.endsWith("/java")).orElse(false);
    }

    @Test
    void aMissingJarIsExitCode2WithTheMessage() throws Exception {
        Path cds = Files.createDirectory(dir.resolve("cds"));
        Path none = dir.resolve("none").resolve("breastct.jar");
        Run r = launch(Map.of("BREASTCT_CDS_DIR", cds.toString(), "BREASTCT_JAR", none.toString()), "segment",
                input.toString(), "--quiet");
        assertEquals(2, r.code(), r.all());
        assertTrue(r.err().contains("breastct: the jar was not found (" + none + ")"), r.all());
        assertEquals(List.of(), names(cds));
    }

    /**
     * The JIT the launcher picks: C1 only (TieredStopAtLevel 1) for {@code segment} of a folder with one image file
     * ({@code segmentation_*.npy} and {@code cylinder*.npy} do not count), the tiered compilers (level 4) for a folder
     * with two; BREASTCT_JIT=tiered and =c1 override it; another value is exit code 2 with a message. The labels are
     * those of the plain {@code java -jar} run either way.
     */
    @Test
    void oneBreastRunsOnC1OnlyAndSeveralOnTheTieredCompilers() throws Exception {
        Path image = input.resolve(UID + ".npy");
        Path one = Files.createDirectory(dir.resolve("one"));
        Files.copy(image, one.resolve(UID + ".npy"));
        Files.copy(image, one.resolve("segmentation_other.npy"));
        Files.copy(image, one.resolve("cylinder_other.npy"));
        Path two = Files.createDirectory(dir.resolve("two"));
        Files.copy(image, two.resolve(UID + ".npy"));
        Files.copy(image, two.resolve("second.npy"));

        assertEquals(1, jitLevel(Map.of(), one, "o1"), "one breast");
        assertEquals(4, jitLevel(Map.of(), two, "o2"), "two breasts");
        assertEquals(4, jitLevel(Map.of("BREASTCT_JIT", "tiered"), one, "o3"), "one breast, BREASTCT_JIT=tiered");
        assertEquals(1, jitLevel(Map.of("BREASTCT_JIT", "c1"), two, "o4"), "two breasts, BREASTCT_JIT=c1");

        Run bad = launch(Map.of("BREASTCT_JIT", "fast"), "segment", one.toString(), "--output",
                dir.resolve("o5").toString(), "--quiet");
        assertEquals(2, bad.code(), bad.all());
        assertTrue(bad.err().contains("BREASTCT_JIT must be auto, c1 or tiered, not 'fast'"), bad.all());
        assertFalse(Files.exists(dir.resolve("o5")), "the run with a wrong BREASTCT_JIT wrote output");
    }

    /**
     * {@code run} takes C1 only where it certainly finds one breast: a folder that is one DICOM series, or that holds
     * one series folder and nothing else; a folder of two series, or one whose single subfolder holds folders
     * (a series further down, which run reads as one breast named after the subfolder; the launcher does not look
     * that deep), keeps the tiered compilers. Each run converts and segments its series.
     */
    @Test
    void runOfOneDicomSeriesRunsOnC1Only() throws Exception {
        Path made = dir.resolve("made");
        for (String seed : List.of("3", "5")) {
            Run p = plain(dir, "phantom", made.toString(), "--shape", SHAPE, "--seed", seed, "--dicom", "--quiet");
            assertEquals(0, p.code(), p.all());
        }
        Path two = Files.createDirectory(dir.resolve("two"));
        Files.move(made.resolve("phantom_s3"), two.resolve("phantom_s3"));
        Files.move(made.resolve("phantom_s5"), two.resolve("phantom_s5"));
        Path one = Files.createDirectory(dir.resolve("one"));
        copyFolder(two.resolve("phantom_s3"), one.resolve("phantom_s3"));
        Path nested = Files.createDirectory(dir.resolve("nested"));
        copyFolder(two.resolve("phantom_s3"), nested.resolve("patient").resolve("phantom_s3"));

        assertEquals(1, runJitLevel(one.resolve("phantom_s3"), "r1", UID), "the series folder itself");
        assertEquals(1, runJitLevel(one, "r2", UID), "a folder holding one series folder");
        assertEquals(4, runJitLevel(two, "r3", UID), "a folder holding two series folders");
        // one breast for run (uid: the subfolder's name), but the launcher does not look deeper
        assertEquals(4, runJitLevel(nested, "r4", "patient"), "one subfolder holding a series folder");
    }

    /**
     * {@code run} of folder {@code in} into {@code dir/out} through the launcher with {@code -XX:+PrintFlagsFinal} (CDS
     * off): succeeds and writes the labels of {@code uid}; returns the JVM's TieredStopAtLevel.
     */
    private int runJitLevel(Path in, String out, String uid) throws Exception {
        Run r = launch(Map.of("BREASTCT_CDS", "off", "BREASTCT_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "run", in.toString(),
                "--output", dir.resolve(out).toString(), "--threads", "1", "--quiet");
        assertEquals(0, r.code(), r.all());
        Path labels = dir.resolve(out).resolve("segmentation_" + uid + ".npy");
        assertTrue(Files.isRegularFile(labels), labels + " was not written\n" + r.all());
        return tieredStopAtLevel(r);
    }

    /** The TieredStopAtLevel a run's JVM printed with {@code -XX:+PrintFlagsFinal}. */
    private static int tieredStopAtLevel(Run r) {
        Matcher m = Pattern.compile("\\bTieredStopAtLevel\\s+=\\s+(\\d+)").matcher(r.out());
        assertTrue(m.find(), "no TieredStopAtLevel in the flags the JVM printed:\n" + r.all());
        return Integer.parseInt(m.group(1));
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    /**
     * {@code segment} of folder {@code in} into {@code dir/out} through the launcher with {@code -XX:+PrintFlagsFinal}
     * (CDS off): succeeds with the plain labels; returns the JVM's TieredStopAtLevel.
     */
    private int jitLevel(Map<String, String> env, Path in, String out) throws Exception {
        Map<String, String> e = new HashMap<>(env);
        e.put("BREASTCT_CDS", "off");
        e.put("BREASTCT_JAVA_OPTS", "-XX:+PrintFlagsFinal");
        Run r = launch(e, "segment", in.toString(), "--output", dir.resolve(out).toString(), "--threads", "1",
                "--quiet");
        assertEquals(0, r.code(), r.all());
        assertLabelsAsPlain(dir.resolve(out));
        return tieredStopAtLevel(r);
    }

    /** {@code segment} of the shared phantom into {@code dir/out} through the launcher: succeeds, plain labels. */
    private void segment(Map<String, String> env, String out) throws Exception {
        Run r = launch(env, "segment", input.toString(), "--output", dir.resolve(out).toString(), "--threads", "1",
                "--quiet");
        assertEquals(0, r.code(), r.all());
        assertLabelsAsPlain(dir.resolve(out));
    }

    /**
     * {@link #segment} with {@code -Xlog:class+load} added to BREASTCT_JAVA_OPTS: where the JVM loaded the CLI's main
     * class from ("shared objects file (top)" is the dynamic archive, "file:..." the jar).
     */
    private String mainClassSource(Map<String, String> env, String out) throws Exception {
        Path log = dir.resolve(out + "-class-load.log");
        Map<String, String> logging = new HashMap<>(env);
        logging.put("BREASTCT_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
        segment(logging, out);
        String loaded = Main.class.getName() + " source: ";
        return Files.readString(log).lines().filter(l -> l.contains(loaded))
                .map(l -> l.substring(l.indexOf(loaded) + loaded.length())).findFirst()
                .orElseThrow(() -> new AssertionError("no load of " + Main.class.getName() + " in " + log));
    }

    private static void assertLabelsAsPlain(Path out) throws IOException {
        Path labels = out.resolve("segmentation_" + UID + ".npy");
        assertTrue(Files.isRegularFile(labels), labels + " was not written");
        assertArrayEquals(plainLabels, Files.readAllBytes(labels), labels + " differs from the plain java -jar run");
    }

    /** The launcher's archives in a cache folder (none if it does not exist). */
    private static List<String> archives(Path cds) throws IOException {
        return names(cds).stream().filter(n -> n.endsWith(".jsa")).toList();
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** {@code java -jar breastct.jar ...} with this test's JVM. */
    private static Run plain(Path workDir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return exec(new ProcessBuilder(cmd), workDir);
    }

    /**
     * {@code bash scripts/breastct ...} with JAVA_HOME = this test's JVM, no BREASTCT_* variable from outside, HOME in
     * the test's folder (the user's cache is never touched) and the given variables.
     */
    private Run launch(Map<String, String> env, String... args) throws Exception {
        return exec(launcher(env, args), dir);
    }

    private ProcessBuilder launcher(Map<String, String> env, String... args) {
        List<String> cmd = new ArrayList<>(List.of("bash", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("BREASTCT_") || k.equals("XDG_CACHE_HOME"));
        e.put("JAVA_HOME", System.getProperty("java.home"));
        e.put("HOME", dir.resolve("default-home").toString());
        e.putAll(env);
        return pb;
    }

    private static Run exec(ProcessBuilder pb, Path workDir) throws Exception {
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process p = pb.directory(workDir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(pb.command() + " did not finish within 3 minutes");
        }
        Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}

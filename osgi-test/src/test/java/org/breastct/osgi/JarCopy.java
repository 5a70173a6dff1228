package org.breastct.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A copy of a bundle jar with a changed manifest or content: the packaging errors the tests provoke. */
final class JarCopy {

    private JarCopy() {
    }

    /**
     * Copies {@code src} to {@code dst}, letting {@code manifest} edit the main attributes and {@code entry}
     * replace each entry's bytes (return null to leave the entry out).
     */
    static Path copy(final Path src, final Path dst, final Consumer<Attributes> manifest,
            final BiFunction<String, byte[], byte[]> entry) throws IOException {
        try (JarFile in = new JarFile(src.toFile())) {
            Manifest mf = new Manifest(in.getManifest());
            manifest.accept(mf.getMainAttributes());
            try (OutputStream os = Files.newOutputStream(dst); JarOutputStream out = new JarOutputStream(os, mf)) {
                for (Enumeration<JarEntry> en = in.entries(); en.hasMoreElements();) {
                    JarEntry e = en.nextElement();
                    if (e.getName().equals(JarFile.MANIFEST_NAME) || e.getName().equals("META-INF/")) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream is = in.getInputStream(e)) {
                        bytes = is.readAllBytes();
                    }
                    byte[] replaced = e.isDirectory() ? bytes : entry.apply(e.getName(), bytes);
                    if (replaced != null) {
                        out.putNextEntry(new JarEntry(e.getName()));
                        out.write(replaced);
                        out.closeEntry();
                    }
                }
            }
        }
        return dst;
    }

    /**
     * Sets manifest header {@code header} to {@code value} with {@code regex} replaced by {@code replacement};
     * fails if the header does not match, so a variant cannot silently test nothing.
     */
    static Consumer<Attributes> replaceInHeader(final String header, final String regex, final String replacement) {
        return attrs -> {
            String value = attrs.getValue(header);
            if (value == null || !java.util.regex.Pattern.compile(regex).matcher(value).find()) {
                throw new AssertionError("manifest header " + header + " = " + value + " does not match " + regex);
            }
            attrs.putValue(header, value.replaceAll(regex, replacement));
        };
    }
}

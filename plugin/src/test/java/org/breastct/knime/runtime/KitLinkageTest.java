package org.breastct.knime.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.breastct.knime.node.Columns;
import org.junit.jupiter.api.Test;

/**
 * The plugin's classes were compiled against the compile-only shim and run in tests on the kit's stand-ins, so the
 * stand-ins must keep the declarations the plugin uses. This test reads the constant pool of every plugin class
 * and checks that
 * <ul>
 * <li>every KNIME field, method and constructor the plugin refers to exists at test runtime with the same
 * descriptor, and, if its class has a stand-in, is declared by the stand-in (or the JDK), not left to a throwing
 * shim body;</li>
 * <li>every stand-in has the superclass of the shim class it shadows and is a subtype of all its interfaces.</li>
 * </ul>
 * Members that resolve to shim bodies of classes without stand-in (dialogs, views, renderers: not part of the kit)
 * are printed.
 */
class KitLinkageTest {

    private record Ref(int tag, String owner, String name, String descriptor) {
        @Override
        public String toString() {
            return owner.replace('/', '.') + "." + name + descriptor;
        }
    }

    @Test
    void pluginReferencesResolveOnTheStandIns() throws Exception {
        Path classes = Path.of(Columns.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<Ref> refs = new LinkedHashSet<>();
        try (Stream<Path> s = Files.walk(classes)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    refs.addAll(knimeRefs(in));
                }
            }
        }
        assertTrue(refs.size() > 100, "the plugin refers to KNIME: " + refs.size());
        Path standIns = Path.of(KitLinkageTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> problems = new ArrayList<>();
        Set<String> shimBodies = new TreeSet<>();
        for (Ref r : refs) {
            Class<?> owner = Class.forName(r.owner().replace('/', '.'), false, getClass().getClassLoader());
            boolean standIn = Files.exists(standIns.resolve(r.owner() + ".class"));
            Object member = r.tag() == 9 ? field(owner, r.name()) : executable(owner, r.name(), r.descriptor());
            if (member == null) {
                problems.add("missing at test runtime: " + r);
                continue;
            }
            Class<?> declaring = member instanceof Field fl ? fl.getDeclaringClass() : ((Executable)member)
                .getDeclaringClass();
            boolean abstractMember = member instanceof Method m && Modifier.isAbstract(m.getModifiers());
            boolean fromStandIn = Files.exists(standIns.resolve(declaring.getName().replace('.', '/') + ".class"));
            boolean fromJdk = declaring.getName().startsWith("java.");
            if (!fromStandIn && !fromJdk && !abstractMember) {
                if (standIn) {
                    problems.add("stand-in " + owner.getName() + " leaves " + r + " to the shim");
                } else {
                    shimBodies.add(r.toString());
                }
            }
        }
        System.out.println("KNIME members the plugin uses that are not part of the kit (shim bodies, "
            + shimBodies.size() + "):");
        shimBodies.forEach(m -> System.out.println("  " + m));
        assertEquals(List.of(), problems);
    }

    @Test
    void standInsKeepTheSupertypesOfTheShim() throws Exception {
        Path standIns = Path.of(KitLinkageTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // the shim bundles: where the class path has the classes the stand-ins shadow, besides test-classes
        Set<URL> shimRoots = new LinkedHashSet<>();
        List<Path> standInFiles;
        try (Stream<Path> s = Files.walk(standIns.resolve("org/knime"))) {
            standInFiles = s.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path f : standInFiles) {
            String resource = standIns.relativize(f).toString().replace('\\', '/');
            Enumeration<URL> e = getClass().getClassLoader().getResources(resource);
            while (e.hasMoreElements()) {
                String u = e.nextElement().toString();
                if (!u.contains(standIns.toString())) {
                    shimRoots.add(new URL(u.substring(0, u.length() - resource.length())));
                }
            }
        }
        assertFalse(shimRoots.isEmpty(), "the shim bundles are on the test class path");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (URLClassLoader shim = new URLClassLoader(shimRoots.toArray(new URL[0]),
            ClassLoader.getPlatformClassLoader())) {
            for (Path f : standInFiles) {
                String name = standIns.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> shimClass;
                try {
                    shimClass = Class.forName(name, false, shim);
                } catch (ClassNotFoundException e) {
                    continue; // a kit-only class (the shim does not declare it)
                }
                Class<?> kit = Class.forName(name, false, getClass().getClassLoader());
                checked++;
                String shimSuper = shimClass.getSuperclass() == null ? null : shimClass.getSuperclass().getName();
                String kitSuper = kit.getSuperclass() == null ? null : kit.getSuperclass().getName();
                if (!java.util.Objects.equals(shimSuper, kitSuper) || shimClass.isInterface() != kit.isInterface()) {
                    problems.add(name + ": shim extends " + shimSuper + ", stand-in " + kitSuper);
                }
                for (Class<?> i : shimClass.getInterfaces()) {
                    if (!Class.forName(i.getName(), false, getClass().getClassLoader()).isAssignableFrom(kit)) {
                        problems.add(name + ": stand-in does not implement " + i.getName());
                    }
                }
            }
        }
        assertTrue(checked > 40, "stand-ins compared: " + checked);
        assertEquals(List.of(), problems);
    }

    private static Field field(final Class<?> c, final String name) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return f;
                }
            }
            for (Class<?> i : k.getInterfaces()) {
                Field f = field(i, name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static Executable executable(final Class<?> c, final String name, final String descriptor) {
        if (name.equals("<init>")) {
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (descriptor(k.getParameterTypes(), void.class).equals(descriptor)) {
                    return k;
                }
            }
            return null;
        }
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            Executable m = declared(k, name, descriptor);
            if (m != null) {
                return m;
            }
        }
        // interface methods (also default methods of interfaces of superclasses)
        List<Class<?>> todo = new ArrayList<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            todo.addAll(Arrays.asList(k.getInterfaces()));
        }
        if (c.isInterface()) {
            todo.add(c);
            todo.add(Object.class);
        }
        while (!todo.isEmpty()) {
            Class<?> i = todo.remove(0);
            Executable m = declared(i, name, descriptor);
            if (m != null) {
                return m;
            }
            todo.addAll(Arrays.asList(i.getInterfaces()));
        }
        return null;
    }

    private static Executable declared(final Class<?> k, final String name, final String descriptor) {
        for (Method m : k.getDeclaredMethods()) {
            if (m.getName().equals(name) && descriptor(m.getParameterTypes(), m.getReturnType()).equals(descriptor)) {
                return m;
            }
        }
        return null;
    }

    private static String descriptor(final Class<?>[] params, final Class<?> ret) {
        StringBuilder b = new StringBuilder("(");
        for (Class<?> p : params) {
            b.append(p.descriptorString());
        }
        return b.append(')').append(ret.descriptorString()).toString();
    }

    /** The field and method references to {@code org/knime/...} classes in a class file's constant pool. */
    private static List<Ref> knimeRefs(final InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int n = in.readUnsignedShort();
        String[] utf = new String[n];
        int[] a = new int[n];
        int[] b = new int[n];
        int[] tags = new int[n];
        for (int i = 1; i < n; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case 1 -> utf[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 7, 8, 16, 19, 20 -> a[i] = in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> {
                    a[i] = in.readUnsignedShort();
                    b[i] = in.readUnsignedShort();
                }
                case 15 -> {
                    in.readUnsignedByte();
                    a[i] = in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        List<Ref> out = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            if (tags[i] == 9 || tags[i] == 10 || tags[i] == 11) {
                String owner = utf[a[a[i]]];
                if (owner.startsWith("org/knime/")) {
                    int nt = b[i];
                    out.add(new Ref(tags[i], owner, utf[a[nt]], utf[b[nt]]));
                }
            }
        }
        return out;
    }
}

package org.breastct.osgi;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes one compiled class refers to, read from its constant pool (JVM specification, chapter 4.4):
 * every {@code CONSTANT_Class} entry (superclass, interfaces, classes instantiated, cast to, called, caught)
 * and every class named in the descriptor of a {@code CONSTANT_NameAndType} (parameter, return and field
 * types of the members it uses). Array types give their element class; primitive types give nothing.
 * Names are binary names with dots ({@code a.b.C$D}).
 */
final class ClassReferences {

    private static final Pattern OBJECT_TYPE = Pattern.compile("L([^;<]+);");

    private ClassReferences() {
    }

    /**
     * @param classFile the bytes of a {@code .class} file
     * @return the referenced class names, sorted, without the class itself
     * @throws IOException if the bytes are not a class file this reader understands
     */
    static TreeSet<String> of(final byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file (magic)");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        int[] descriptorIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1: // Utf8
                    utf8[i] = in.readUTF();
                    break;
                case 7: // Class
                    classNameIndex[i] = in.readUnsignedShort();
                    break;
                case 12: // NameAndType: name, descriptor
                    in.readUnsignedShort();
                    descriptorIndex[i] = in.readUnsignedShort();
                    break;
                case 8: case 16: case 19: case 20: // String, MethodType, Module, Package
                    in.readUnsignedShort();
                    break;
                case 15: // MethodHandle
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                    break;
                case 3: case 4: case 9: case 10: case 11: case 17: case 18:
                    in.readInt();
                    break;
                case 5: case 6: // Long, Double take two slots
                    in.readLong();
                    i++;
                    break;
                default:
                    throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        in.readUnsignedShort(); // access flags
        int thisClass = in.readUnsignedShort();
        List<String> names = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (classNameIndex[i] != 0 && i != thisClass) {
                String n = utf8[classNameIndex[i]];
                if (n.startsWith("[")) {
                    addDescriptorTypes(n, names);
                } else {
                    names.add(n);
                }
            }
            if (descriptorIndex[i] != 0) {
                addDescriptorTypes(utf8[descriptorIndex[i]], names);
            }
        }
        String self = utf8[classNameIndex[thisClass]].replace('/', '.');
        TreeSet<String> result = new TreeSet<>();
        for (String n : names) {
            result.add(n.replace('/', '.'));
        }
        result.remove(self);
        return result;
    }

    private static void addDescriptorTypes(final String descriptor, final List<String> names) {
        Matcher m = OBJECT_TYPE.matcher(descriptor);
        while (m.find()) {
            names.add(m.group(1));
        }
    }
}

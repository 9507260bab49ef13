package org.polar4d.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The node bundle is a thin adapter: its compiled classes reach the engine only through the packages that
 * org.polar4d.core and org.polar4d.learn export, and never touch the libraries behind them (DL4J, ND4J, Smile,
 * jHDF, JTransforms, JavaCPP) directly.
 */
class ApiBoundaryTest {

    private static final Pattern TYPE_NAME = Pattern.compile("([a-z][a-z0-9_]*(?:/[a-z][a-z0-9_]*)+)/[A-Za-z0-9_$]+");
    private static final List<String> FORBIDDEN =
        List.of("org/deeplearning4j", "org/nd4j", "smile", "io/jhdf", "org/jtransforms", "org/bytedeco");

    static Set<String> exportedPackages(String bundle) throws IOException {
        try (InputStream in = Files.newInputStream(Checkout.root().resolve("bundles/" + bundle + "/META-INF/MANIFEST.MF"))) {
            String exports = new Manifest(in).getMainAttributes().getValue("Export-Package");
            Set<String> packages = new TreeSet<>();
            for (String clause : exports.split(",(?![^\"]*\"(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
                packages.add(clause.split(";")[0].trim());
            }
            return packages;
        }
    }

    /** Package names (dotted) of every class referenced from the constant pool of {@code classFile}. */
    static Set<String> referencedPackages(Path classFile) throws IOException {
        Set<String> packages = new TreeSet<>();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException(classFile + " is not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> {
                        Matcher m = TYPE_NAME.matcher(in.readUTF());
                        while (m.find()) {
                            packages.add(m.group(1).replace('/', '.'));
                        }
                    }
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;
                    }
                    default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
                }
            }
        }
        return packages;
    }

    static List<Path> nodeBundleClasses() throws IOException {
        Path classes = Checkout.root().resolve("bundles/org.polar4d.knime/target/classes");
        assertTrue(Files.isDirectory(classes), "build the node bundle first: " + classes);
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> p.toString().endsWith(".class")).toList();
        }
    }

    @Test
    void nodesUseOnlyTheEnginesExportedApi() throws Exception {
        Set<String> allowed = new TreeSet<>(exportedPackages("org.polar4d.core"));
        allowed.addAll(exportedPackages("org.polar4d.learn"));
        assertTrue(allowed.contains("org.polar4d.core.data"), "unexpected export list " + allowed);
        TreeMap<String, List<String>> violations = new TreeMap<>();
        List<Path> classes = nodeBundleClasses();
        assertTrue(classes.size() > 10, "too few classes found: " + classes.size());
        for (Path c : classes) {
            for (String pkg : referencedPackages(c)) {
                boolean engine = pkg.startsWith("org.polar4d.") && !pkg.startsWith("org.polar4d.knime");
                boolean library = FORBIDDEN.stream().anyMatch(f -> pkg.startsWith(f.replace('/', '.')));
                if ((engine && !allowed.contains(pkg)) || library) {
                    violations.computeIfAbsent(c.getFileName().toString(), k -> new ArrayList<>()).add(pkg);
                }
            }
        }
        assertEquals(new TreeMap<>(), violations, "node classes reaching past the engine's public API");
    }

    @Test
    void theScannerSeesEngineReferences() throws Exception {
        Path progress = nodeBundleClasses().stream()
                .filter(p -> p.getFileName().toString().equals("KnimeProgress.class")).findFirst().orElseThrow();
        Set<String> refs = referencedPackages(progress);
        assertTrue(refs.contains("org.polar4d.core.progress"), refs.toString());
        assertTrue(refs.contains("org.knime.core.node"), refs.toString());
        assertFalse(refs.contains("org.polar4d.core.io"), refs.toString());
    }
}

package org.polar4d.learn.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.nd4j.linalg.factory.Nd4j;
import org.polar4d.core.Polar4D;
import org.polar4d.learn.runtime.NativeRuntime;

/** Versions of Polar4D, its libraries and the native backend actually loaded. */
public final class LibraryInfo {

    /** One line of the report. */
    public record Entry(String component, String version, String detail) {
    }

    private static final String[][] LIBRARIES = {
        {"Deeplearning4j", "org.deeplearning4j", "deeplearning4j-nn"},
        {"ND4J", "org.nd4j", "nd4j-native"},
        {"JavaCPP", "org.bytedeco", "javacpp"},
        {"OpenBLAS (JavaCPP preset)", "org.bytedeco", "openblas"},
        {"Smile", "com.github.haifengl", "smile-core"},
        {"jHDF", "io.jhdf", "jhdf"},
        {"JTransforms", "com.github.wendykierp", "JTransforms"},
        {"picocli", "info.picocli", "picocli"},
    };

    private static final Properties VERSIONS = loadVersions();

    private LibraryInfo() {
    }

    /** All entries; loads the native backend to report what is really in use. */
    public static List<Entry> collect() {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(Polar4D.NAME, Polar4D.version(), "GPL-3.0"));
        entries.add(new Entry("Java", System.getProperty("java.version"),
                System.getProperty("java.vm.name") + ", " + System.getProperty("os.name") + " "
                        + System.getProperty("os.arch")));
        for (String[] lib : LIBRARIES) {
            entries.add(new Entry(lib[0], mavenVersion(lib[1], lib[2]), lib[1] + ":" + lib[2]));
        }
        entries.addAll(nativeBackend());
        return entries;
    }

    private static List<Entry> nativeBackend() {
        NativeRuntime.ensureInitialised();
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("ND4J backend", Nd4j.getBackend().getClass().getSimpleName(),
                "data type " + Nd4j.dataType()));
        entries.add(new Entry("BLAS", String.valueOf(env.getOrDefault("blas.vendor", "unknown")),
                "threads " + env.getOrDefault("blas.threads", "?")));
        entries.add(new Entry("OpenMP", String.valueOf(env.getOrDefault("omp.threads", "?")) + " threads",
                "cores " + env.getOrDefault("cores", Runtime.getRuntime().availableProcessors())));
        return entries;
    }

    /** Version recorded by the build for group:artifact, or "unknown". */
    static String mavenVersion(String group, String artifact) {
        return VERSIONS.getProperty(group + ":" + artifact, "unknown");
    }

    /** Written into the library bundle by bundles/org.polar4d.libs/fetch at build time. */
    private static Properties loadVersions() {
        Properties p = new Properties();
        try (InputStream in = Nd4j.class.getClassLoader().getResourceAsStream("polar4d-libs.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // versions stay "unknown"
        }
        return p;
    }
}

package org.polar4d.learn.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library stack inside Equinox (this fragment runs under tycho-surefire in an OSGi framework):
 * DL4J CNN training on the native backend, Smile PCA + kNN, jHDF write/read.
 */
class OsgiSmokeTest {

    @Test
    void runsInsideOsgi() {
        // The bundle's class loader is an OSGi bundle loader, not the application class loader.
        assertNotEquals(ClassLoader.getSystemClassLoader(), SelfTest.class.getClassLoader());
    }

    @Test
    void dl4jCnnTrainsAndPredicts() {
        String detail = SelfTest.checkCnn();
        assertTrue(detail.contains("CpuBackend"), detail);
    }

    @Test
    void smilePcaKnnClassifies() {
        assertTrue(SelfTest.checkPcaKnn().startsWith("accuracy"));
    }

    @Test
    void jhdfWritesAndReads(@TempDir Path dir) throws Exception {
        assertTrue(SelfTest.checkHdf5(dir).contains("round trip"));
    }

    @Test
    void libraryInfoReportsRealVersions() {
        List<LibraryInfo.Entry> entries = LibraryInfo.collect();
        assertEquals("1.0.0-M2.1", version(entries, "Deeplearning4j"));
        assertEquals("1.5.10", version(entries, "JavaCPP"));
        assertEquals("0.13.0", version(entries, "jHDF"));
        assertEquals("3.1.1", version(entries, "Smile"));
        assertTrue(version(entries, "BLAS").toLowerCase().contains("openblas"), version(entries, "BLAS"));
    }

    private static String version(List<LibraryInfo.Entry> entries, String component) {
        return entries.stream().filter(e -> e.component().equals(component)).findFirst().orElseThrow().version();
    }
}

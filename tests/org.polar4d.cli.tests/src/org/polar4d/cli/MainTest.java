package org.polar4d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void versionNamesTheProduct() {
        CliTestSupport.Run r = CliTestSupport.run("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("Polar4D 1.0.0"), r.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliTestSupport.Run r = CliTestSupport.run("--no-such-option");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--no-such-option"), r.err());
    }

    @Test
    void selftestPassesAndReports() {
        CliTestSupport.Run r = CliTestSupport.run("selftest");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("PASS  DL4J CNN train + predict"), r.out());
        assertTrue(r.out().contains("selftest passed (3 checks)"), r.out());
    }
}

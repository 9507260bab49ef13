package org.polar4d.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.polar4d.learn.diagnostics.LibraryInfo;
import org.polar4d.learn.diagnostics.SelfTest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code polar4d selftest}: checks the library stack and prints a pass/fail report. */
@Command(name = "selftest", mixinStandardHelpOptions = true,
        description = "Check that DL4J/ND4J (native backend), Smile and jHDF work here.",
        footer = {"", "Examples:", "  polar4d selftest", "  polar4d selftest --verbose"})
final class SelfTestCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (LibraryInfo.Entry e : LibraryInfo.collect()) {
            out.printf("  %-26s %-22s %s%n", e.component(), e.version(), e.detail());
        }
        out.println();
        List<SelfTest.Result> results = SelfTest.runAll(Path.of(System.getProperty("java.io.tmpdir")));
        int failed = 0;
        for (SelfTest.Result r : results) {
            out.printf("%s  %-26s %6d ms  %s%n", r.passed() ? "PASS" : "FAIL", r.name(), r.millis(), r.detail());
            if (!r.passed()) {
                failed++;
            }
        }
        out.println(failed == 0 ? "selftest passed (" + results.size() + " checks)"
                : "selftest FAILED: " + failed + " of " + results.size() + " checks");
        return failed == 0 ? 0 : 1;
    }
}

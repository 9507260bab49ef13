package org.polar4d.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import org.polar4d.core.progress.Progress;
import org.polar4d.learn.demo.DemoPipeline;
import org.polar4d.learn.demo.DemoResult;
import org.polar4d.learn.demo.DemoSettings;
import org.polar4d.learn.demo.ScanCondition;
import org.polar4d.learn.demo.StageProgress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code polar4d demo}: the paper's pipeline end to end on simulated data, with an HTML report. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the paper's pipeline end to end on simulated KNN and write an HTML report: simulate "
                + "training scans of the 8 polarization classes (2x2 cells, 20 nm) and held-out test scans (new "
                + "probe positions, 50 nm, dose noise), preprocess and filter, train the custom CNN with the "
                + "prototype head and PCA-kNN with several seeds, predict the test scans, evaluate and render maps.",
            "Default: a few minutes on two cores; --quick: about a minute. Nothing is downloaded."},
        footer = {"", "Writes into --out: report.html (open it in any browser, offline), results.md/.csv, maps/, "
                + "predictions/, models/, confusion and class charts, training curves.",
            "", "Examples:",
            "  polar4d demo",
            "  polar4d demo --quick --out demo-quick/",
            "  polar4d demo --out ~/polar4d-demo --threads 4"})
final class DemoCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "polar4d-demo",
            description = "Output folder (default: ${DEFAULT-VALUE}); files of an earlier run are replaced.")
    Path out;

    @Option(names = "--quick", description = "Smaller and faster: fewer positions, epochs, seeds and test scans.")
    boolean quick;

    @Mixin
    WorkerThreads threads;

    @Override
    public Integer call() throws Exception {
        DemoSettings settings = (quick ? DemoSettings.quick() : DemoSettings.standard()).withThreads(threads.count());
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "polar4d demo (%s): %d simulated scans, %s and %s with seeds %s, output in %s%n",
                settings.mode(), settings.scanCount(), "Conv (Proto)", "PCA", settings.cnn().seeds(), out);
        o.flush();
        DemoResult result;
        try (Bars bars = new Bars(spec.commandLine().getErr())) {
            result = DemoPipeline.run(settings, out, bars);
        }
        summary(o, result);
        return 0;
    }

    private static void summary(PrintWriter o, DemoResult r) {
        o.println();
        o.print(r.results().toMarkdown());
        o.println();
        for (ScanCondition c : r.settings().tests()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-60s", c.description()));
            for (String m : r.models()) {
                OptionalDouble a = r.meanAccuracyPct(c, m);
                line.append(String.format(Locale.ROOT, "  %s %s", m, a.isPresent()
                        ? String.format(Locale.ROOT, "%5.1f %%", a.getAsDouble()) : "–"));
            }
            o.println(line);
        }
        o.printf(Locale.ROOT, "%nwrote %s (%.0f s)%n", r.files().report(), r.stageSeconds().getOrDefault("total", 0.0));
        o.flush();
    }

    /** One progress bar per stage on stderr. */
    private static final class Bars implements StageProgress, AutoCloseable {
        private final PrintWriter err;
        private ConsoleProgress current;

        Bars(PrintWriter err) {
            this.err = err;
        }

        @Override
        public Progress stage(String name, double weight) {
            close();
            current = new ConsoleProgress(err, name);
            return current;
        }

        @Override
        public void close() {
            if (current != null) {
                current.close();
                current = null;
            }
        }
    }
}

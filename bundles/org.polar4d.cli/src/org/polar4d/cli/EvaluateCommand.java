package org.polar4d.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.polar4d.core.eval.ConfusionMatrix;
import org.polar4d.core.eval.EvaluationReport;
import org.polar4d.core.files.AtomicFile;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.render.ClassPalette;
import org.polar4d.core.render.ConfusionMatrixFigure;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code polar4d evaluate}: accuracy, majority class, confusion matrices and the results table. */
@Command(name = "evaluate", sortOptions = false,
        description = {"Per-pattern accuracy of prediction CSVs against dataset labels, with the paper's results "
                + "table (mean ± std over seeds, best per row in bold, majority class per dataset) and confusion "
                + "matrices.",
            "Tables are grouped by their metadata: 'dataset' (rows), 'model' (columns), one table per seed."},
        footer = {"", "Examples:",
            "  polar4d evaluate pred-1E-seed*.csv --label RM",
            "  polar4d evaluate runs/*.csv --label RM --label 4E=RM,RD --label 5E=RM,RD --out results/",
            "", "Outputs in --out: results.md, results.csv, per-table.csv, confusion-<model>.csv/.svg."})
final class EvaluateCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PRED.csv", description = "Prediction tables written by 'polar4d predict'.")
    List<Path> inputs;

    @Option(names = "--label", paramLabel = "[DATASET=]CLASSES",
            description = {"Accepted class(es), e.g. RM or RM,RD; DATASET=RM,RD for one dataset. "
                    + "Without it the table's own 'label' metadata is used."})
    List<String> labels;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the results files.")
    Path out;

    @Option(names = "--palette", defaultValue = "okabe-ito", description = "Class colours: okabe-ito or paper.")
    String palette;

    @Override
    public Integer call() throws Exception {
        PredictionInputs.Labels accepted = new PredictionInputs.Labels(labels);
        ClassPalette pal = RenderCommand.palette(palette);
        EvaluationReport report;
        try {
            report = EvaluationReport.of(PredictionInputs.read(inputs), accepted::forDataset);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        for (EvaluationReport.Entry e : report.entries()) {
            int k = e.evaluation().majorityClass();
            o.printf(Locale.ROOT, "%-28s %-10s %-22s accuracy %6.2f %%  majority %s%s%n", e.source(), e.dataset(),
                    e.model() + (e.seed().isEmpty() ? "" : " #" + e.seed()), 100 * e.evaluation().accuracy(),
                    k < 0 ? "none" : PolarizationClass.of(k).name(), e.evaluation().majorityAccepted() ? " ✓" : " ✗");
        }
        o.println();
        o.print(report.results().toMarkdown());
        if (out != null) {
            write(report, pal, o);
        }
        o.flush();
        return 0;
    }

    private void write(EvaluationReport report, ClassPalette pal, PrintWriter o) throws Exception {
        AtomicFile.writeString(out.resolve("results.md"), report.results().toMarkdown());
        AtomicFile.writeString(out.resolve("results.csv"), report.results().toCsv());
        AtomicFile.writeString(out.resolve("per-table.csv"), report.perTableCsv());
        for (Map.Entry<String, ConfusionMatrix> m : report.confusionByModel().entrySet()) {
            String name = "confusion-" + fileName(m.getKey());
            AtomicFile.writeString(out.resolve(name + ".csv"), m.getValue().toCsv());
            new ConfusionMatrixFigure("Confusion matrix — " + m.getKey(), m.getValue(), pal)
                    .write(out.resolve(name + ".svg"));
        }
        o.println();
        o.println("wrote results.md, results.csv, per-table.csv and " + report.confusionByModel().size()
                + " confusion matri" + (report.confusionByModel().size() == 1 ? "x" : "ces") + " to " + out);
    }

    /** A model name as a file-name part: letters, digits, '-', '_' and '.'. */
    static String fileName(String s) {
        String f = s.trim().replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^_+|_+$", "");
        return f.isEmpty() ? "model" : f;
    }
}

package org.polar4d.learn.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.polar4d.core.Polar4D;
import org.polar4d.core.eval.ResultsTable;
import org.polar4d.core.filter.FilterReport;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.preprocess.DatasetReference;
import org.polar4d.core.report.HtmlReport;
import org.polar4d.core.report.ReportTable;
import org.polar4d.core.report.ReportTable.Cell;
import org.polar4d.learn.model.TrainedModel;
import org.polar4d.learn.train.TrainingRun;

/** The demo's HTML report: results first, then maps, charts, training, data, every parameter and the files. */
final class DemoReport {

    private final DemoResult r;
    private final DemoFiles files;
    private final List<HtmlReport.Link> links = new ArrayList<>();

    DemoReport(DemoResult result) {
        this.r = result;
        this.files = result.files();
    }

    void write(Path file) throws IOException {
        DemoSettings s = r.settings();
        HtmlReport h = new HtmlReport("Polar4D demo — polarization classes of simulated KNN",
                String.format(Locale.ROOT, "%s mode · %s · Polar4D %s · %d seeds per learner · %.0f s",
                        s.mode(), ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                        Polar4D.version(), s.cnn().seeds().size(), r.stageSeconds().getOrDefault("total", 0.0)));
        summary(h);
        resultsTable(h);
        maps(h);
        classBars(h);
        confusion(h);
        training(h);
        data(h);
        parameters(h);
        files(h);
        h.write(file);
    }

    private void summary(HtmlReport h) {
        DemoSettings s = r.settings();
        h.section("Summary");
        h.paragraph(String.format(Locale.ROOT, "The paper's pipeline end to end on simulated (K,Na)NbO3: %d training "
                + "scans, one per polarization class, at %s were simulated (multislice, PRISM), cut into %d×%d "
                + "patterns around each scan's centre of mass, filtered by centre-of-mass shift (%,d of %,d patterns "
                + "kept), and used to train the custom CNN with the prototype head and PCA-kNN with %d seeds each. "
                + "%d held-out scans at %d conditions were then simulated and classified at every probe position.",
                r.trainingScans().size(), s.training().description(), s.recipe().cropSize(), s.recipe().cropSize(),
                r.filterReport().kept(), r.filterReport().frames(), s.cnn().seeds().size(), r.testScans().size(),
                s.tests().size()));
        ReportTable t = new ReportTable("Mean per-pattern accuracy over the scans and seeds of each condition "
                + "(chance: 12.5 %)", header("Test condition", "Scans"));
        List<String> split = new ArrayList<>(List.of("held-out split of the filtered training patterns (all 8 "
                + "classes)", "–"));
        for (TrainingRun run : r.runs()) {
            split.add(String.format(Locale.ROOT, "%.1f %%", 100 * run.models().stream()
                    .mapToDouble(m -> Double.parseDouble(m.metrics().getOrDefault("testAccuracy", "NaN"))).average()
                    .orElse(Double.NaN)));
        }
        t.row(split.toArray(String[]::new));
        for (ScanCondition c : s.tests()) {
            List<String> row = new ArrayList<>(List.of(c.description(), Integer.toString(r.scansOf(c).size())));
            for (String m : r.models()) {
                OptionalDouble a = r.meanAccuracyPct(c, m);
                row.add(a.isPresent() ? String.format(Locale.ROOT, "%.1f %%", a.getAsDouble()) : "–");
            }
            t.row(row.toArray(String[]::new));
        }
        h.table(t);
        h.note("Accuracy = share of all probe positions of a scan predicted as its class (positions without a "
                + "prediction count as wrong). The held-out split contains only patterns that passed the "
                + "centre-of-mass filter, at probe positions of the training grid. The test scans are not filtered: "
                + "at the training conditions, the positions the filter removed from training are usually "
                + "misclassified, so accuracy is close to the share of patterns the filter keeps. New probe "
                + "positions, a thicker specimen and electron noise show the gap between training and test "
                + "conditions that the paper reports between simulation and experiment. This is a small, fast "
                + "configuration (section Parameters lists every deviation from the paper); its numbers are not the "
                + "paper's.");
    }

    private List<String> header(String... first) {
        List<String> header = new ArrayList<>(List.of(first));
        header.addAll(r.models());
        return header;
    }

    private void resultsTable(HtmlReport h) {
        ResultsTable results = r.results();
        h.section("Results table");
        h.paragraph("In the paper's format: per-pattern accuracy in %, mean ± population standard deviation over the "
                + "seeds, the best model of each row in bold; under each scan the majority class over all seeds' "
                + "predictions (✓ = the scan's class, ✗ = another).");
        ReportTable t = new ReportTable(null, header("Dataset", "Accepted"));
        for (String d : results.datasets()) {
            List<String> best = results.bestModels(d);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(d), Cell.text(accepted(d))));
            List<Cell> majority = new ArrayList<>(List.of(Cell.text(d + " majority"), Cell.text("")));
            for (String m : results.models()) {
                Cell cell = results.cell(d, m).map(c -> Cell.number(c.text())).orElse(Cell.text("–"));
                row.add(best.contains(m) ? cell.asBold() : cell);
                majority.add(Cell.text(results.cell(d, m).map(DemoReport::majority).orElse("–")));
            }
            t.row(row).row(majority);
        }
        h.table(t);
        h.links(List.of(link(files.resultsMarkdown(), "the same table in Markdown"),
                link(files.resultsCsv(), "one line per scan × model: seeds, mean, std, per-seed accuracies, majority"),
                link(files.perTableCsv(), "one line per prediction table (scan × model × seed)")));
    }

    private String accepted(String dataset) {
        return r.evaluation().entries().stream().filter(e -> e.dataset().equals(dataset)).findFirst()
                .map(e -> e.evaluation().accepted().toString()).orElse("?");
    }

    private static String majority(ResultsTable.Cell c) {
        int k = c.majorityClass();
        return k < 0 ? "none ✗" : PolarizationClass.of(k).name() + (c.majorityAccepted() ? " ✓" : " ✗");
    }

    private void maps(HtmlReport h) throws IOException {
        h.section("Maps");
        h.paragraph("Per test scan and model, the majority vote over the seeds at every probe position. Axes in scan "
                + "positions (scan row 0 at the top), scale bar in nm. Class map: one colour per class (legend with "
                + "direction rose). Colour wheel: hue = polarization direction (uniform brightness). Confidence: "
                + "of the voted class (0–1). Irregularity: share of the 8 neighbours with another class (0 inside "
                + "a domain, 1 for an isolated outlier). A perfect prediction is one uniform colour; patterns that "
                + "repeat with the unit cell show which probe positions carry too little information.");
        h.note("Directions are drawn in the label frame laid onto the map: 0° (RM) towards increasing scan column, "
                + "90° (MU) towards scan row 0. The simulated scans use exactly this frame, so colours can be compared "
                + "directly with the class of each scan.");
        for (ScanCondition c : r.settings().tests()) {
            h.subsection("Test condition: " + c.description());
            for (DemoResult.Scan scan : r.scansOf(c)) {
                for (String m : r.models()) {
                    List<HtmlReport.Figure> row = new ArrayList<>();
                    for (String style : List.of(DemoFiles.CLASSES, DemoFiles.WHEEL, DemoFiles.CONFIDENCE,
                            DemoFiles.IRREGULARITY)) {
                        Path map = files.map(scan.name(), m, style);
                        row.add(new HtmlReport.Figure(relative(map), scan.name() + " · " + m + " · " + style));
                        links.add(link(map, style + " map of " + scan.name() + ", " + m));
                    }
                    h.figures(row);
                }
            }
        }
    }

    private void classBars(HtmlReport h) {
        h.section("Class distributions");
        h.paragraph("Share of predictions per class (mean ± std over seeds), one colour per scan, hatching per model; "
                + "the scan's own class is outlined in black.");
        List<HtmlReport.Figure> figures = new ArrayList<>();
        for (ScanCondition c : r.settings().tests()) {
            Path f = files.classBars(c.id());
            figures.add(new HtmlReport.Figure(relative(f), c.description()));
            links.add(link(f, "class distribution chart, " + c.description()));
        }
        h.figures(figures);
    }

    private void confusion(HtmlReport h) {
        h.section("Confusion matrices");
        h.paragraph("Per model, summed over all test scans and seeds: rows = true class of the scan, columns = "
                + "predicted class; each cell gives the count and the share of its row.");
        List<HtmlReport.Figure> figures = new ArrayList<>();
        for (String m : r.models()) {
            figures.add(new HtmlReport.Figure(relative(files.confusionPng(m)), m));
            links.add(link(files.confusionPng(m), "confusion matrix of " + m));
            links.add(link(files.confusionCsv(m), "confusion matrix of " + m + " as CSV"));
        }
        h.figures(figures);
    }

    private void training(HtmlReport h) {
        h.section("Training");
        h.paragraph("Both learners train on the same filtered pattern set. The custom CNN uses one 80/10/10 "
                + "train/validation/test split (split seed " + r.settings().cnn().splitSeed() + ") for every seed, "
                + "keeps the epoch with the lowest validation loss and stops early after "
                + r.settings().cnn().patience() + " epochs without improvement; PCA-kNN splits 90/10 with each seed. "
                + "'Split test' is the accuracy on the held-out part of the training scans.");
        ReportTable t = new ReportTable(null, List.of("Model", "Seed", "Train / val / test patterns", "Epochs (best)",
                "Validation accuracy", "Split test accuracy", "Time"));
        for (TrainingRun run : r.runs()) {
            String model = DemoFiles.modelName(run);
            for (TrainedModel m : run.models()) {
                Map<String, String> x = m.metrics();
                String sizes = x.containsKey("validationSize")
                        ? x.get("trainSize") + " / " + x.get("validationSize") + " / " + x.get("testSize")
                        : x.getOrDefault("trainSize", "?") + " / – / " + x.getOrDefault("testSize", "?");
                String epochs = m.curve().isEmpty() ? "–" : m.curve().size() + " (" + x.get("bestEpoch") + ")";
                t.row(model, Long.toString(m.seed()), sizes, epochs, percent(x.get("validationAccuracy")),
                        percent(x.get("testAccuracy")), x.getOrDefault("trainSeconds", "?") + " s");
            }
            links.add(link(files.model(model), "model archive of " + model + " (all seeds; usable with "
                    + "'polar4d predict --model')"));
        }
        h.table(t);
        List<HtmlReport.Figure> curves = new ArrayList<>();
        for (TrainingRun run : r.runs()) {
            for (TrainedModel m : run.models()) {
                Path f = files.trainingCurves(DemoFiles.modelName(run), m.seed());
                if (Files.exists(f)) {
                    curves.add(new HtmlReport.Figure(relative(f), DemoFiles.modelName(run) + ", seed " + m.seed()
                            + ": loss and validation accuracy per epoch"));
                    links.add(link(f, "training curves, " + DemoFiles.modelName(run) + " seed " + m.seed()));
                }
            }
        }
        h.figures(curves);
    }

    private void data(HtmlReport h) {
        DemoSettings s = r.settings();
        h.section("Data");
        h.paragraph("Simulated (K0.5Na0.5)NbO3 viewed along [001] (averaged A sites; Nb displaced by 0.10 Å along "
                + "the polarization, O by 0.05 Å against it), " + num(s.optics().beamEnergyKeV()) + " kV, "
                + num(s.optics().convergenceMrad()) + " mrad convergence semi-angle, aberration-free probe focused on "
                + "the entrance surface, no thermal diffuse scattering. Every scan is simulated on a 2×2-cell window "
                + "(PRISM interpolation factor = cells in the scan / 2), so all scans share the detector sampling.");
        ReportTable t = new ReportTable("Simulated scans", List.of("Scan", "Role", "Class", "Field of view",
                "Thickness", "Dose (e⁻/pattern)", "Positions", "Scan step", "Detector pixel", "Slices",
                "Plane waves", "Noise seed"));
        for (DemoResult.Scan scan : r.trainingScans()) {
            scanRow(t, scan, "training");
        }
        for (DemoResult.Scan scan : r.testScans()) {
            scanRow(t, scan, "test");
        }
        h.table(t);
        h.paragraph("Preprocessing (training and prediction alike): " + s.recipe().describe() + ". Filter (training "
                + "scans only, as in the paper): keep a pattern if its centre-of-mass shift from the scan's global "
                + "centre of mass exceeds the scan's mean shift. Test scans are never filtered.");
        ReportTable f = new ReportTable("Training patterns per scan", List.of("Scan", "Global CoM (row, col)",
                "Patterns", "Removed by CoM filter", "Kept"));
        List<DatasetReference> refs = r.references();
        List<FilterReport.Entry> entries = r.filterReport().entries();
        for (int i = 0; i < entries.size(); i++) {
            FilterReport.Entry e = entries.get(i);
            String com = i < refs.size() ? String.format(Locale.ROOT, "%.2f, %.2f", refs.get(i).globalCom().row(),
                    refs.get(i).globalCom().col()) : "?";
            f.row(e.source(), com, Long.toString(e.frames()), Long.toString(e.removedByComShift()),
                    Long.toString(e.kept()));
        }
        f.row("all", "", Long.toString(r.filterReport().frames()), Long.toString(r.filterReport().removedByComShift()),
                Long.toString(r.filterReport().kept()));
        h.table(f);
    }

    private static void scanRow(ReportTable t, DemoResult.Scan scan, String role) {
        Map<String, String> d = scan.details();
        ScanCondition c = scan.condition();
        t.row(scan.name(), role, scan.label().name(), c.scanCells() + "×" + c.scanCells() + " cells",
                String.format(Locale.ROOT, "%.1f nm", Double.parseDouble(d.getOrDefault("sim.thickness_A", "0")) / 10),
                c.dose() > 0 ? String.format(Locale.ROOT, "%.0e", c.dose()) : "noise-free",
                c.positions() + "×" + c.positions(), String.format(Locale.ROOT, "%.3f Å", c.scanStepA()),
                String.format(Locale.ROOT, "%.2f mrad", Double.parseDouble(d.getOrDefault("sim.detector_pixel_mrad",
                        "NaN"))), d.getOrDefault("sim.slices", "?"), d.getOrDefault("sim.beams", "?"),
                Long.toString(scan.seed()));
    }

    private void parameters(HtmlReport h) {
        h.section("Parameters");
        h.paragraph("Every setting of this run; rerunning with the same mode gives the same numbers (training and "
                + "simulation are seeded).");
        h.note("Deviations from the paper, for speed: few probe positions per scan (the paper: 128×128), 64×64 "
                + "detector frames and " + r.settings().recipe().cropSize() + "×" + r.settings().recipe().cropSize()
                + " crops (the paper: 256×256 and 64×64), one multislice slice per unit cell on a 0.08 Å grid, at "
                + "most " + r.settings().cnn().maxEpochs() + " epochs with batch " + r.settings().cnn().batchSize()
                + " and learning rate " + r.settings().cnn().learningRate() + " (the paper: 20, 128, 2e-4), no "
                + "augmentation, " + r.settings().cnn().seeds().size() + " seeds (the paper: 5).");
        h.keyValues("Demo settings", r.settings().asMap());
        Map<String, String> runtime = new LinkedHashMap<>();
        runtime.put("polar4d.version", Polar4D.version());
        runtime.put("java.version", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
                + ")");
        runtime.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        runtime.put("processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
        r.stageSeconds().forEach((stage, sec) -> runtime.put("seconds." + stage, String.format(Locale.ROOT, "%.1f",
                sec)));
        h.keyValues("Software, machine and wall time per stage", runtime);
        for (TrainingRun run : r.runs()) {
            Map<String, String> seeds = new LinkedHashMap<>();
            for (TrainedModel m : run.models()) {
                m.metrics().forEach((k, v) -> seeds.put("seed " + m.seed() + " · " + k, v));
            }
            h.keyValues("Training metrics — " + DemoFiles.modelName(run), seeds);
        }
        for (DemoResult.Scan scan : r.testScans().isEmpty() ? r.trainingScans() : List.of(r.trainingScans().get(0),
                r.testScans().get(r.testScans().size() - 1))) {
            h.keyValues("Simulation details — " + scan.name() + " (the other scans differ only in class, "
                    + "thickness, dose, field of view and positions)", scan.details());
        }
    }

    private void files(HtmlReport h) {
        h.section("Files");
        List<HtmlReport.Link> all = new ArrayList<>(links);
        for (PredictionTable t : r.votes()) {
            String d = t.metadata(PredictionTable.KEY_DATASET).orElseThrow();
            String m = t.metadata(PredictionTable.KEY_MODEL).orElseThrow();
            all.add(link(files.votePredictions(d, m), "predictions of " + d + " by " + m + ", majority vote over "
                    + "seeds"));
        }
        for (PredictionTable t : r.seedTables()) {
            String d = t.metadata(PredictionTable.KEY_DATASET).orElseThrow();
            String m = t.metadata(PredictionTable.KEY_MODEL).orElseThrow();
            String seed = t.metadata(PredictionTable.KEY_SEED).orElse("?");
            all.add(link(files.seedPredictions(d, m, seed), "predictions of " + d + " by " + m + ", seed " + seed));
        }
        h.paragraph("Everything this run wrote next to this report (prediction tables are CSV with '# key: value' "
                + "metadata lines; 'polar4d render' and 'polar4d evaluate' read them).");
        h.links(all);
    }

    private HtmlReport.Link link(Path file, String description) {
        return new HtmlReport.Link(relative(file), description);
    }

    private Path relative(Path file) {
        return files.folder().toAbsolutePath().relativize(file.toAbsolutePath());
    }

    private static String percent(String fraction) {
        try {
            return String.format(Locale.ROOT, "%.1f %%", 100 * Double.parseDouble(fraction));
        } catch (NumberFormatException | NullPointerException e) {
            return "–";
        }
    }

    private static String num(double v) {
        return ScanCondition.trim(v);
    }
}

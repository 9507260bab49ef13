package org.polar4d.learn.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.polar4d.core.augment.Augmentation;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.Quantity;
import org.polar4d.core.eval.ClassCounts;
import org.polar4d.core.eval.ConfusionMatrix;
import org.polar4d.core.eval.EvaluationReport;
import org.polar4d.core.files.AtomicFile;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.patterns.PatternSetTarget;
import org.polar4d.core.predict.PredictionCsv;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.preprocess.LabelledDataset;
import org.polar4d.core.preprocess.PatternSetBuilder;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;
import org.polar4d.core.render.ClassDistributionChart;
import org.polar4d.core.render.ClassPalette;
import org.polar4d.core.render.ConfusionMatrixFigure;
import org.polar4d.core.render.Figure;
import org.polar4d.core.render.Irregularity;
import org.polar4d.core.render.PredictionMaps;
import org.polar4d.core.render.TrainingCurvesFigure;
import org.polar4d.core.render.TrainingHistory;
import org.polar4d.core.sim.SimulatedScan;
import org.polar4d.learn.archive.ModelArchive;
import org.polar4d.learn.model.EpochRecord;
import org.polar4d.learn.model.PolarizationModel;
import org.polar4d.learn.model.TrainedModel;
import org.polar4d.learn.predict.Predictor;
import org.polar4d.learn.train.Trainer;
import org.polar4d.learn.train.TrainingException;
import org.polar4d.learn.train.TrainingListener;
import org.polar4d.learn.train.TrainingRun;
import org.polar4d.learn.train.TrainingSettings;

/**
 * Runs the demo end to end and writes every output into one folder: simulate the training scans,
 * preprocess and filter them into one pattern set, train the custom CNN (prototype head) and
 * PCA-kNN with every seed, simulate and predict the held-out scans, evaluate (the paper's results
 * table, confusion matrices), render maps and charts, and write the HTML report. Every step is an
 * engine call; this class only wires them together and names the files ({@link DemoFiles}).
 */
public final class DemoPipeline {

    private final DemoSettings settings;
    private final DemoFiles files;
    private final StageProgress stages;
    private final Map<String, Double> seconds = new LinkedHashMap<>();

    private DemoPipeline(DemoSettings settings, Path folder, StageProgress stages) {
        this.settings = settings;
        this.files = new DemoFiles(folder);
        this.stages = stages;
    }

    /**
     * Runs the demo into {@code folder} (created if needed; files of an earlier run are replaced).
     *
     * @throws TrainingException if a learner cannot be trained on the simulated patterns
     * @throws CanceledException if a stage's progress was canceled
     */
    public static DemoResult run(DemoSettings settings, Path folder, StageProgress stages)
            throws IOException, CanceledException, TrainingException {
        try (NativeThreads limit = NativeThreads.limit(settings.nativeThreads())) {
            return new DemoPipeline(settings, folder, stages).run();
        }
    }

    private DemoResult run() throws IOException, CanceledException, TrainingException {
        long start = System.nanoTime();
        if (Files.exists(files.folder()) && !Files.isDirectory(files.folder())) {
            throw new IOException("cannot write the demo into " + files.folder() + ": it is a file, not a folder");
        }
        Files.createDirectories(files.folder());
        List<DemoResult.Scan> trainingScans = new ArrayList<>();
        List<LabelledDataset> training = simulateTraining(trainingScans);
        PatternSetBuilder.Result patterns = preprocess(training);
        List<TrainingRun> runs;
        try (var set = patterns.patterns()) {
            runs = List.of(train(set, settings.cnn()), train(set, settings.pcaKnn()));
        }
        List<DemoResult.Scan> testScans = new ArrayList<>();
        List<PredictionTable> tables = predictTests(runs, testScans);
        EvaluationReport evaluation = evaluate(tables);
        List<PredictionTable> votes = render(tables, evaluation, runs, testScans);
        seconds.put("total", (System.nanoTime() - start) / 1e9);
        DemoResult result = new DemoResult(settings, files, trainingScans, testScans, patterns.report(),
                patterns.references(), runs, tables, votes, evaluation, seconds);
        timed("report", 0.2, p -> {
            new DemoReport(result).write(files.report());
            return null;
        });
        return result;
    }

    private List<LabelledDataset> simulateTraining(List<DemoResult.Scan> scans) throws IOException, CanceledException {
        ScanCondition c = settings.training();
        return timed("simulate training scans", 1, p -> {
            List<LabelledDataset> out = new ArrayList<>();
            for (int i = 0; i < c.classes().size(); i++) {
                PolarizationClass k = c.classes().get(i);
                String name = "train-" + k.name();
                Dataset4D d = simulate(c, k, i, 0, p.slice((double) i / c.classes().size(),
                        (i + 1.0) / c.classes().size()), name, scans);
                out.add(new LabelledDataset(d, name, k));
            }
            return out;
        });
    }

    /** Simulates one scan into memory and records what it is. */
    private Dataset4D simulate(ScanCondition c, PolarizationClass k, int index, int conditionIndex, Progress p,
            String name, List<DemoResult.Scan> scans) throws CanceledException {
        long seed = settings.seed() + 1000L * conditionIndex + index;
        try (SimulatedScan scan = SimulatedScan.of(c.simulation(k, settings.optics(), seed, settings.threads()))) {
            p.update(0, name);
            Dataset4D d = scan.materialize(p);
            scans.add(new DemoResult.Scan(name, c, k, seed, d.calibration().scanStepValue().orElse(null),
                    scan.simulator().details()));
            return d;
        }
    }

    private PatternSetBuilder.Result preprocess(List<LabelledDataset> training) throws IOException, CanceledException {
        return timed("preprocess and filter", 0.3, p -> new PatternSetBuilder(settings.recipe(), settings.filters(),
                settings.threads()).build(training, PatternSetTarget.memory(), p));
    }

    private TrainingRun train(PatternSet set, TrainingSettings s)
            throws IOException, CanceledException, TrainingException {
        String model = DemoFiles.modelName(s);
        double weight = s.learner().isNetwork() ? 4 : 0.3;
        TrainingRun run = timed("train " + model, weight, p -> Trainer.train(set, s, Augmentation.NONE, p,
                TrainingListener.NONE));
        ModelArchive.write(files.model(model), run);
        return run;
    }

    /** Simulates each test scan once and predicts it with every seed of both learners. */
    private List<PredictionTable> predictTests(List<TrainingRun> runs, List<DemoResult.Scan> scans)
            throws IOException, CanceledException {
        List<ScanCondition> tests = settings.tests();
        int total = tests.stream().mapToInt(t -> t.classes().size()).sum();
        return timed("simulate and predict test scans", 3, p -> {
            List<PredictionTable> tables = new ArrayList<>();
            int done = 0;
            for (int ci = 0; ci < tests.size(); ci++) {
                ScanCondition c = tests.get(ci);
                for (int i = 0; i < c.classes().size(); i++, done++) {
                    PolarizationClass k = c.classes().get(i);
                    String name = c.datasetName(ci + 1, k);
                    Progress slice = p.slice((double) done / total, (done + 1.0) / total);
                    Dataset4D d = simulate(c, k, i, ci + 1, slice.slice(0, 0.4), name, scans);
                    tables.addAll(predict(runs, d, name, k, slice.slice(0.4, 1)));
                }
            }
            return tables;
        });
    }

    /** Every model of every run on one scan; the scan is preprocessed once (the learners share the recipe). */
    private List<PredictionTable> predict(List<TrainingRun> runs, Dataset4D data, String dataset,
            PolarizationClass label, Progress p) throws IOException, CanceledException {
        List<PolarizationModel> models = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (TrainingRun run : runs) {
            for (PolarizationModel m : run.models()) {
                models.add(m);
                names.add(DemoFiles.modelName(run));
            }
        }
        p.update(0, dataset);
        List<PredictionTable> tables = new Predictor(models).withThreads(settings.threads()).predictEach(data, p);
        List<PredictionTable> out = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            PredictionTable named = tables.get(i).withMetadata(PredictionTable.KEY_DATASET, dataset)
                    .withMetadata(PredictionTable.KEY_MODEL, names.get(i))
                    .withMetadata(PredictionTable.KEY_LABEL, label.name());
            PredictionCsv.write(named, files.seedPredictions(dataset, names.get(i),
                    named.metadata(PredictionTable.KEY_SEED).orElse("?")));
            out.add(named);
        }
        return out;
    }

    private EvaluationReport evaluate(List<PredictionTable> tables) throws IOException, CanceledException {
        return timed("evaluate", 0.1, p -> {
            List<EvaluationReport.Source> sources = new ArrayList<>();
            for (PredictionTable t : tables) {
                sources.add(new EvaluationReport.Source(files.folder().relativize(files.seedPredictions(
                        t.metadata(PredictionTable.KEY_DATASET).orElseThrow(),
                        t.metadata(PredictionTable.KEY_MODEL).orElseThrow(),
                        t.metadata(PredictionTable.KEY_SEED).orElse("?"))).toString(), t));
            }
            EvaluationReport report = EvaluationReport.of(sources, dataset -> Optional.empty());
            AtomicFile.writeString(files.resultsMarkdown(), report.results().toMarkdown());
            AtomicFile.writeString(files.resultsCsv(), report.results().toCsv());
            AtomicFile.writeString(files.perTableCsv(), report.perTableCsv());
            for (Map.Entry<String, ConfusionMatrix> m : report.confusionByModel().entrySet()) {
                AtomicFile.writeString(files.confusionCsv(m.getKey()), m.getValue().toCsv());
                new ConfusionMatrixFigure("Confusion matrix — " + m.getKey() + ", all test scans and seeds",
                        m.getValue(), ClassPalette.OKABE_ITO).write(files.confusionPng(m.getKey()));
            }
            return report;
        });
    }

    /** Majority-vote tables and maps per test scan and model, class charts, training curves. */
    private List<PredictionTable> render(List<PredictionTable> tables, EvaluationReport evaluation,
            List<TrainingRun> runs, List<DemoResult.Scan> scans) throws IOException, CanceledException {
        Map<String, Quantity> steps = new LinkedHashMap<>();
        scans.forEach(s -> steps.put(s.name(), s.scanStep()));
        return timed("render maps and charts", 0.4, p -> {
            Map<List<String>, List<PredictionTable>> groups = new LinkedHashMap<>();
            for (PredictionTable t : tables) {
                groups.computeIfAbsent(List.of(t.metadata(PredictionTable.KEY_DATASET).orElseThrow(),
                        t.metadata(PredictionTable.KEY_MODEL).orElseThrow()), g -> new ArrayList<>()).add(t);
            }
            List<PredictionTable> votes = new ArrayList<>();
            int done = 0;
            for (Map.Entry<List<String>, List<PredictionTable>> g : groups.entrySet()) {
                PredictionTable vote = Predictor.combine(g.getValue()).withMetadata("models",
                        Integer.toString(g.getValue().size()));
                PredictionCsv.write(vote, files.votePredictions(g.getKey().get(0), g.getKey().get(1)));
                maps(vote, g.getKey().get(0), g.getKey().get(1), steps.get(g.getKey().get(0)));
                votes.add(vote);
                p.update(++done / (groups.size() + 1.0), g.getKey().get(0));
            }
            classBars(evaluation);
            trainingCurves(runs);
            return votes;
        });
    }

    private void maps(PredictionTable vote, String dataset, String model, Quantity scanStep) throws IOException {
        PredictionMaps.Style style = PredictionMaps.Style.DEFAULT.withScanStep(scanStep);
        PredictionMaps.classes(vote, style).write(files.map(dataset, model, DemoFiles.CLASSES));
        PredictionMaps.wheel(vote, PredictionMaps.Brightness.UNIFORM, style)
                .write(files.map(dataset, model, DemoFiles.WHEEL));
        PredictionMaps.confidence(vote, style).write(files.map(dataset, model, DemoFiles.CONFIDENCE));
        PredictionMaps.irregularity(vote, Irregularity.Measure.NEIGHBOURS, style)
                .write(files.map(dataset, model, DemoFiles.IRREGULARITY));
    }

    /** One chart per test condition: % per class, mean ± std over seeds, one series per scan and model. */
    private void classBars(EvaluationReport evaluation) throws IOException {
        Map<List<String>, List<ClassCounts>> counts = EvaluationReport.countsByDatasetAndModel(evaluation.entries()
                .stream().map(e -> new EvaluationReport.Source(e.source(), e.table())).toList());
        for (int ci = 0; ci < settings.tests().size(); ci++) {
            ScanCondition c = settings.tests().get(ci);
            List<ClassDistributionChart.Series> series = new ArrayList<>();
            for (PolarizationClass k : c.classes()) {
                String dataset = c.datasetName(ci + 1, k);
                for (String model : evaluation.results().models()) {
                    List<ClassCounts> seeds = counts.get(List.of(dataset, model));
                    if (seeds != null) {
                        series.add(new ClassDistributionChart.Series(dataset + " · " + model, dataset, model, seeds,
                                evaluation.results().cell(dataset, model).orElseThrow().accepted()));
                    }
                }
            }
            Figure chart = new ClassDistributionChart("Predicted classes — " + c.description(), series,
                    ClassPalette.OKABE_ITO);
            chart.write(files.classBars(c.id()));
        }
    }

    private void trainingCurves(List<TrainingRun> runs) throws IOException {
        for (TrainingRun run : runs) {
            for (TrainedModel m : run.models()) {
                if (m.curve().isEmpty()) {
                    continue;
                }
                List<TrainingHistory.Epoch> epochs = new ArrayList<>();
                for (EpochRecord r : m.curve()) {
                    epochs.add(new TrainingHistory.Epoch(r.epoch(), r.trainLoss(), r.validationLoss(), Double.NaN,
                            r.validationAccuracy()));
                }
                String model = DemoFiles.modelName(run);
                new TrainingCurvesFigure(String.format(Locale.ROOT, "Training — %s, seed %d", model, m.seed()),
                        new TrainingHistory(epochs)).write(files.trainingCurves(model, m.seed()));
            }
        }
    }

    /** One stage of the pipeline; {@code E} is the checked exception it may throw besides cancellation. */
    private interface Step<T, E extends Exception> {
        T run(Progress progress) throws CanceledException, E;
    }

    private <T, E extends Exception> T timed(String stage, double weight, Step<T, E> step)
            throws CanceledException, E {
        Progress p = stages.stage(stage, weight);
        long start = System.nanoTime();
        T result = step.run(p);
        p.update(1, null);
        seconds.merge(stage, (System.nanoTime() - start) / 1e9, Double::sum);
        return result;
    }
}

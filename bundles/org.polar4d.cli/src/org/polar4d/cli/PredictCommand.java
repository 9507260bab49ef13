package org.polar4d.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.eval.AcceptedLabels;
import org.polar4d.core.eval.ClassCounts;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.ReadOptions;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.PredictionCsv;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.learn.archive.ModelArchive;
import org.polar4d.learn.model.PolarizationModel;
import org.polar4d.learn.model.TrainedModel;
import org.polar4d.learn.predict.Predictor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code polar4d predict}: one class per scan position with one model or an ensemble. */
@Command(name = "predict", sortOptions = false,
        description = {"Predict the polarization class at every scan position of a 4D-STEM file with the models of "
                + "one or more archives (all seeds of each). Frames are streamed; each archive's own "
                + "preprocessing recipe is applied, and models of one ensemble must share it.",
            "Several models are combined by majority vote (ties to the smallest class index) with the fraction of "
                + "agreeing models per position; --each also writes every model's own table for 'evaluate'."},
        footer = {"", "Examples:",
            "  polar4d predict --model cnn-proto.zip --data scan_1E.mib --out 1E.csv",
            "  polar4d predict --model pca.zip --data scan.npy --out pred.csv \\",
            "      --each --label RM",
            "  polar4d predict --model a.zip --model b.zip --data scan.h5 \\",
            "      --scan 128x128 --out vote.csv",
            "", "Then: polar4d render 1E.csv --style classes --out 1E.png",
            "      polar4d evaluate pred.*.seed*.csv --label RM --out results/"})
final class PredictCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, arity = "1..*", paramLabel = "MODEL.zip",
            description = "Model archive(s) written by training; every seed in them votes.")
    List<Path> models;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The 4D-STEM scan to predict.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "PRED.csv", description = "Prediction table to write.")
    Path out;

    @Option(names = "--each", description = "Also write one table per model: PRED.<model>.seed<N>.csv.")
    boolean each;

    @Mixin
    ReaderOptions reader;

    @Option(names = "--dataset-name", paramLabel = "NAME",
            description = "Dataset name in the tables (default: the data file name without extension).")
    String datasetName;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Model name in the tables (default: learner/head, e.g. cnn/proto, or pcaknn).")
    String modelName;

    @Option(names = "--label", paramLabel = "CLASSES",
            description = "Accepted class(es) of this dataset, stored for 'evaluate', e.g. RM or RM,RD.")
    String label;

    @Mixin
    WorkerThreads threads;

    @Option(names = "--scratch", paramLabel = "DIR",
            description = "Folder for temporary files, about 40 KB per scan position (default: the system's).")
    Path scratch;

    @Override
    public Integer call() throws Exception {
        AcceptedLabels accepted = parseLabel();
        ReadOptions options = reader.toReadOptions();
        List<TrainedModel> trained = ModelArchive.readModels(models);
        Predictor predictor;
        try {
            predictor = new Predictor(new ArrayList<PolarizationModel>(trained));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        predictor = predictor.withThreads(threads.count());
        if (scratch != null) {
            predictor = predictor.withScratch(scratch);
        }
        String dataset = datasetName != null ? datasetName
                : data.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        long start = System.nanoTime();
        List<PredictionTable> tables;
        PredictionTable result;
        try (Dataset4D ds = DatasetIO.open(data, options); ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "predict")) {
            tables = predictor.predictEach(ds, progress);
        }
        tables = tables.stream().map(t -> named(t, dataset, accepted)).toList();
        result = tables.size() == 1 ? tables.get(0) : named(Predictor.combine(tables), dataset, accepted);
        double seconds = (System.nanoTime() - start) / 1e9;
        PredictionCsv.write(result, out);
        PrintWriter o = spec.commandLine().getOut();
        if (each) {
            for (PredictionTable t : tables) {
                Path f = eachPath(t);
                PredictionCsv.write(t, f);
                o.println("wrote " + f);
            }
        }
        summary(o, result, trained.size(), seconds);
        return 0;
    }

    private AcceptedLabels parseLabel() throws UsageException {
        try {
            return label == null ? null : AcceptedLabels.parse(label);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--label: " + e.getMessage());
        }
    }

    private PredictionTable named(PredictionTable t, String dataset, AcceptedLabels accepted) {
        PredictionTable r = t.withMetadata(PredictionTable.KEY_DATASET, dataset);
        if (modelName != null) {
            r = r.withMetadata(PredictionTable.KEY_MODEL, modelName);
        }
        return accepted == null ? r : r.withMetadata(PredictionTable.KEY_LABEL, accepted.toString());
    }

    private Path eachPath(PredictionTable t) {
        String stem = out.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
        String model = EvaluateCommand.fileName(t.metadata(PredictionTable.KEY_MODEL).orElse("model"));
        String seed = t.metadata(PredictionTable.KEY_SEED).map(s -> ".seed" + s).orElse("");
        return out.resolveSibling(stem + "." + model + seed + ".csv");
    }

    private void summary(PrintWriter o, PredictionTable t, int modelCount, double seconds) {
        ClassCounts counts = ClassCounts.of(t);
        int k = counts.majority();
        double agreement = 0;
        int n = 0;
        for (int i = 0; i < t.positions(); i++) {
            if (t.hasPrediction(i)) {
                agreement += t.agreement(i);
                n++;
            }
        }
        o.printf(Locale.ROOT, "predicted %d of %d positions of %s (%s) with %d model%s in %.1f s%n",
                counts.predicted(), t.positions(), t.metadata(PredictionTable.KEY_DATASET).orElse("?"), t.scanShape(),
                modelCount, modelCount == 1 ? "" : "s", seconds);
        if (k >= 0) {
            o.printf(Locale.ROOT, "majority class %s (%.1f %%)%s%n", PolarizationClass.of(k).name(),
                    counts.percentages()[k], modelCount > 1 ? String.format(Locale.ROOT,
                            ", mean agreement %.2f", agreement / n) : "");
        }
        o.println("wrote " + out);
    }
}

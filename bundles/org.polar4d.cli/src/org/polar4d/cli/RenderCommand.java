package org.polar4d.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.Quantity;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.eval.ClassCounts;
import org.polar4d.core.eval.ConfusionMatrix;
import org.polar4d.core.eval.EvaluationReport;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.pass.ScanPass;
import org.polar4d.core.predict.MajorityVote;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;
import org.polar4d.core.render.ClassDistributionChart;
import org.polar4d.core.render.ClassPalette;
import org.polar4d.core.render.ConfusionMatrixFigure;
import org.polar4d.core.render.Figure;
import org.polar4d.core.render.Irregularity;
import org.polar4d.core.render.PredictionMaps;
import org.polar4d.core.vimage.DetectorMask;
import org.polar4d.core.vimage.VirtualDetector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code polar4d render}: maps and charts of prediction CSVs as PNG or SVG. */
@Command(name = "render", sortOptions = false,
        description = {"Render prediction CSVs as a map or chart (PNG or SVG, chosen by the --out extension).",
            "Several CSVs of one scan (seeds or an ensemble) are combined by majority vote for the maps "
                + "(ties to the smallest class index); 'bars' and 'confusion' use every table."},
        footer = {"", "Styles:",
            "  classes       class map with the 8-colour legend and direction rose",
            "  wheel         hue = direction, brightness = --brightness; colour-wheel inset",
            "  arrows        arrows (mean direction per block) over --background, a virtual image (.npy)",
            "  confidence    confidence per position (0..1)",
            "  irregularity  --measure neighbours (share of the 8 neighbours with another class) or entropy",
            "  bars          % of predictions per class, mean ± std over seeds, --label classes outlined",
            "  confusion     confusion matrix against --label",
            "", "Examples:",
            "  polar4d render pred.csv --style classes --out map.png",
            "  polar4d render seed1.csv seed2.csv seed3.csv --style classes --palette paper --out vote.png",
            "  polar4d render pred.csv --style arrows --background vbf.npy --out arrows.png",
            "  polar4d render pred.csv --style wheel --brightness agreement --scan-step '0.4 nm' --out wheel.png",
            "  polar4d render runs/*.csv --style bars --label RM --label 4E=RM,RD --out classes.svg"})
final class RenderCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PRED.csv", description = "Prediction tables written by 'polar4d predict'.")
    List<Path> inputs;

    @Option(names = "--style", required = true,
            description = "classes, wheel, arrows, confidence, irregularity, bars or confusion.")
    String style;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output image, .png or .svg.")
    Path out;

    @Option(names = "--palette", defaultValue = "okabe-ito",
            description = "Class colours: okabe-ito (colour-blind safe, default) or paper.")
    String palette;

    @Option(names = "--title", description = "Title instead of the default of the style.")
    String title;

    @Option(names = "--scan-step", paramLabel = "LENGTH",
            description = "Distance between scan positions for the scale bar, e.g. '0.4 nm' (default: from the CSV).")
    String scanStep;

    @Option(names = "--background", paramLabel = "IMAGE.npy",
            description = {"arrows: 2-D .npy with one value per scan position (e.g. a virtual bright-field image), "
                    + "or the 4D-STEM file itself (its total intensity per position is shown)."})
    Path background;

    @Option(names = "--arrow-step", defaultValue = "0", paramLabel = "N",
            description = "arrows: one arrow per N×N positions (default: about 20 arrows across).")
    int arrowStep;

    @Option(names = "--brightness", defaultValue = "confidence",
            description = "wheel: confidence, agreement or uniform.")
    String brightness;

    @Option(names = "--measure", defaultValue = "neighbours", description = "irregularity: neighbours or entropy.")
    String measure;

    @Option(names = "--label", paramLabel = "[DATASET=]CLASSES",
            description = "bars/confusion: accepted class(es), e.g. RM,RD; DATASET=RM,RD for one dataset.")
    List<String> labels;

    private static final List<String> STYLES = List.of("classes", "wheel", "arrows", "confidence", "irregularity",
            "bars", "confusion");

    @Override
    public Integer call() throws Exception {
        String s = style.trim().toLowerCase(Locale.ROOT);
        if (!STYLES.contains(s)) {
            throw new UsageException("unknown --style '" + style + "'; expected " + String.join(", ", STYLES));
        }
        ClassPalette pal = palette(palette);
        List<EvaluationReport.Source> sources = PredictionInputs.read(inputs);
        Figure figure = switch (s) {
            case "bars" -> bars(sources, pal);
            case "confusion" -> confusion(sources, pal);
            default -> map(s, sources, pal);
        };
        figure.write(out);
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%d×%d px)%n", out, figure.width(), figure.height());
        return 0;
    }

    private Figure map(String s, List<EvaluationReport.Source> sources, ClassPalette pal) throws Exception {
        if (background != null && !s.equals("arrows")) {
            throw new UsageException("--background is only used with --style arrows");
        }
        List<PredictionTable> tables = sources.stream().map(EvaluationReport.Source::table).toList();
        PredictionTable t;
        try {
            t = tables.size() == 1 ? tables.get(0) : MajorityVote.combine(tables);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        PredictionMaps.Style st = new PredictionMaps.Style(pal, step(tables.get(0)), title, null);
        try {
            return switch (s) {
                case "classes" -> PredictionMaps.classes(t, st);
                case "wheel" -> PredictionMaps.wheel(t, PredictionMaps.Brightness.parse(brightness), st);
                case "confidence" -> PredictionMaps.confidence(t, st);
                case "irregularity" -> PredictionMaps.irregularity(t, Irregularity.Measure.parse(measure), st);
                default -> arrows(t, st);
            };
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private Figure arrows(PredictionTable t, PredictionMaps.Style st) throws IOException, CanceledException {
        if (background == null) {
            return PredictionMaps.arrows(t, null, null, arrowStep, st);
        }
        Backgrounds.Image image = Backgrounds.read(background, t.scanShape());
        return PredictionMaps.arrows(t, image.values(), image.description(), arrowStep, st);
    }

    private Quantity step(PredictionTable t) throws UsageException {
        String text = scanStep != null ? scanStep : t.metadata(PredictionInputs.KEY_SCAN_STEP).orElse(null);
        try {
            return text == null ? null : PredictionInputs.parseStep(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--scan-step: " + e.getMessage());
        }
    }

    private Figure bars(List<EvaluationReport.Source> sources, ClassPalette pal) throws UsageException {
        PredictionInputs.Labels accepted = new PredictionInputs.Labels(labels);
        List<ClassDistributionChart.Series> series = new ArrayList<>();
        for (Map.Entry<List<String>, List<ClassCounts>> e : EvaluationReport.countsByDatasetAndModel(sources)
                .entrySet()) {
            String dataset = e.getKey().get(0);
            String model = e.getKey().get(1);
            series.add(new ClassDistributionChart.Series(dataset + " · " + model, dataset, model, e.getValue(),
                    accepted.forDataset(dataset).orElse(null)));
        }
        return new ClassDistributionChart(title != null ? title : "Predicted classes", series, pal);
    }

    private Figure confusion(List<EvaluationReport.Source> sources, ClassPalette pal) throws UsageException {
        PredictionInputs.Labels accepted = new PredictionInputs.Labels(labels);
        EvaluationReport report;
        try {
            report = EvaluationReport.of(sources, accepted::forDataset);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ConfusionMatrix sum = ConfusionMatrix.empty();
        for (ConfusionMatrix m : report.confusionByModel().values()) {
            sum = sum.plus(m);
        }
        return new ConfusionMatrixFigure(title != null ? title : "Confusion matrix", sum, pal);
    }

    static ClassPalette palette(String text) throws UsageException {
        try {
            return ClassPalette.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--palette: " + e.getMessage());
        }
    }

    /** Background images of arrow maps. */
    static final class Backgrounds {

        /** One value per scan position and what it shows. */
        record Image(float[] values, String description) {
        }

        private Backgrounds() {
        }

        /**
         * A 2-D array with one value per scan position (e.g. a virtual bright-field image as .npy), or a
         * 4D-STEM dataset of the same scan, whose total intensity per position is used.
         */
        static Image read(Path file, ScanShape scan) throws IOException, CanceledException {
            try (Dataset4D ds = DatasetIO.open(file)) {
                FrameShape f = ds.frameShape();
                if (ds.frameCount() == 1 && f.height() == scan.rows() && f.width() == scan.cols()) {
                    float[] v = new float[f.pixels()];
                    ds.readFrame(0, v);
                    return new Image(v, file.getFileName().toString());
                }
                if (ds.scanShape().equals(scan)) {
                    return new Image(totalIntensity(ds), "total intensity of " + file.getFileName());
                }
                throw new IOException(file + ": a background needs one value per scan position (" + scan.rows() + "×"
                        + scan.cols() + "), but this is a " + ds.scanShape() + " scan of " + f + " frames");
            }
        }

        /** Sum of every frame: a virtual detector covering the whole frame. */
        private static float[] totalIntensity(Dataset4D ds) throws IOException, CanceledException {
            FrameShape f = ds.frameShape();
            VirtualDetector all = new VirtualDetector("total intensity", DetectorMask.disk(f.height(), f.width(),
                    f.height() / 2.0, f.width() / 2.0, Math.hypot(f.height(), f.width())), ds.scanShape().rows(),
                    ds.scanShape().cols());
            ScanPass.of(ds).run(all, Progress.NONE);
            return all.image().values();
        }
    }
}

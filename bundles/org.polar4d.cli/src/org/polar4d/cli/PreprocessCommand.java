package org.polar4d.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.ReadOptions;
import org.polar4d.core.filter.FilterReport;
import org.polar4d.core.filter.FilterSettings;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.patterns.PatternSetTarget;
import org.polar4d.core.patterns.PatternSets;
import org.polar4d.core.preprocess.Alignment;
import org.polar4d.core.preprocess.CropMode;
import org.polar4d.core.preprocess.DatasetReference;
import org.polar4d.core.preprocess.FramePreprocessor;
import org.polar4d.core.preprocess.LabelledDataset;
import org.polar4d.core.preprocess.PatternSetBuilder;
import org.polar4d.core.preprocess.PreprocessingRecipe;
import org.polar4d.core.progress.CanceledException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code polar4d preprocess}: datasets → one pattern-set file (PAPER §4, §6). */
@Command(name = "preprocess", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Cut the diffraction patterns of one or more scans into a pattern set: global centre of mass "
                + "per scan (95th-percentile mask rule), S x S crop centred on it, min-max to [0, 1]; optional "
                + "filtering, binning, log scaling, bad-pixel repair."},
        footer = {"", "Examples:",
            "  polar4d preprocess rm.npy ru.npy --label RM --label RU --filter com --out train.p4ps",
            "  polar4d preprocess experiment.mib --scan 128x128 --out predict.p4ps",
            "  polar4d preprocess scan.npy --crop-mode reference-mirrored --out reference.p4ps"})
final class PreprocessCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Mixin
    ReaderOptions reader;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IN", arity = "1..*", description = "Input scans (any readable format).")
    List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "SET", description = "Pattern-set file to write (.p4ps).")
    Path out;

    @Option(names = "--crop", paramLabel = "S", defaultValue = "64", description = "Crop size S (default: ${DEFAULT-VALUE}).")
    int crop;

    @Option(names = "--crop-mode", paramLabel = "MODE", defaultValue = "centered",
            description = "centered (default) or reference-mirrored (the reference code's defect, for reproducing it).")
    String cropMode;

    @Option(names = "--align", paramLabel = "CENTRE", defaultValue = "global-com",
            description = "Crop around the global-com (default) or each frame's own centre (per-frame).")
    String align;

    @Option(names = "--bin", paramLabel = "N", defaultValue = "1", description = "Bin raw frames N x N first (default: 1).")
    int bin;

    @Option(names = "--log", description = "Log-scale each crop (ln(1 + x - min)) before min-max.")
    boolean log;

    @Option(names = "--repair-bad-pixels", description = "Find hot/dead pixels in the mean pattern and repair them.")
    boolean repairBadPixels;

    @Option(names = "--bad-pixel-factor", paramLabel = "F", defaultValue = "5",
            description = "Hot/dead pixel factor against the second-largest/smallest neighbour (default: 5).")
    double badPixelFactor;

    @Option(names = "--filter", paramLabel = "FILTER", split = ",",
            description = "Filters, comma-separated: com (the paper's CoM-shift filter), intensity (outliers), none.")
    List<String> filters = new ArrayList<>();

    @Option(names = "--intensity-max-z", paramLabel = "Z", defaultValue = "6",
            description = "Largest robust z-score of a kept frame's total intensity (default: 6).")
    double intensityMaxZ;

    @Option(names = "--label", paramLabel = "CLASS", split = ",",
            description = "Class of the patterns (RM RU MU LU LM LD MD RD or none): once for all inputs or once per "
                    + "input. Default: the label a dataset carries, else none.")
    List<String> labels = new ArrayList<>();

    @Mixin
    WorkerThreads threads;

    @Override
    public Integer call() throws IOException, CanceledException, UsageException {
        PreprocessingRecipe recipe = recipe();
        FilterSettings filter = filterSettings();
        List<PolarizationClass> explicit = labels();
        int workers = threads.count();
        ReadOptions options = reader.toReadOptions();
        List<Dataset4D> opened = new ArrayList<>();
        try {
            List<LabelledDataset> sets = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                Dataset4D d = DatasetIO.open(inputs.get(i), options);
                opened.add(d);
                PolarizationClass label = explicit.isEmpty() ? d.label().orElse(null)
                        : explicit.get(explicit.size() == 1 ? 0 : i);
                sets.add(new LabelledDataset(d, inputs.get(i).getFileName().toString(), label));
            }
            PatternSetBuilder.Result result;
            try (ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "preprocess")) {
                result = new PatternSetBuilder(recipe, filter, workers).build(sets, PatternSetTarget.file(out),
                        progress);
            }
            try (PatternSet set = result.patterns()) {
                report(spec.commandLine().getOut(), recipe, sets, result, set);
            }
        } finally {
            for (Dataset4D d : opened) {
                d.close();
            }
        }
        return 0;
    }

    private PreprocessingRecipe recipe() throws UsageException {
        try {
            return new PreprocessingRecipe(crop, CropMode.parse(cropMode), Alignment.parse(align), bin, log, 95.0,
                    repairBadPixels, badPixelFactor);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private FilterSettings filterSettings() throws UsageException {
        boolean com = false;
        boolean intensity = false;
        for (String f : filters) {
            switch (f.trim().toLowerCase(Locale.ROOT)) {
                case "com" -> com = true;
                case "intensity" -> intensity = true;
                case "none" -> { }
                default -> throw new UsageException("--filter: unknown filter '" + f + "'; use com, intensity or none");
            }
        }
        try {
            return new FilterSettings(com, intensity, intensityMaxZ);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Explicit labels (null entries = none), empty if --label was not given. */
    private List<PolarizationClass> labels() throws UsageException {
        if (!labels.isEmpty() && labels.size() != 1 && labels.size() != inputs.size()) {
            throw new UsageException("--label given " + labels.size() + " times for " + inputs.size()
                    + " inputs; give it once for all inputs or once per input");
        }
        List<PolarizationClass> classes = new ArrayList<>();
        for (String l : labels) {
            try {
                classes.add(l.equalsIgnoreCase("none") ? null : PolarizationClass.parse(l));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--label: " + e.getMessage());
            }
        }
        return classes;
    }

    private void report(PrintWriter w, PreprocessingRecipe recipe, List<LabelledDataset> sets,
            PatternSetBuilder.Result result, PatternSet set) {
        w.printf(Locale.ROOT, "Recipe: %s%n", recipe.describe());
        for (int i = 0; i < sets.size(); i++) {
            DatasetReference ref = result.references().get(i);
            FilterReport.Entry e = result.report().entries().get(i);
            int[] origin = new FramePreprocessor(recipe, ref).globalCropOrigin();
            w.printf(Locale.ROOT, "  %s: %s scan of %s frames, label %s, global CoM (%.3f, %.3f), crop at (%d, %d), "
                    + "%,d kept%s%n", sets.get(i).name(), sets.get(i).dataset().scanShape(), ref.conditioner().rawShape(),
                    sets.get(i).labelValue().map(Enum::name).orElse("none"), ref.globalCom().row(), ref.globalCom().col(),
                    origin[0], origin[1], e.kept(), badPixels(e));
        }
        if (result.report().entries().stream().anyMatch(e -> e.removed() > 0) || !filters.isEmpty()) {
            w.println(result.report().summary());
        }
        int[] counts = PatternSets.labelCounts(set);
        StringBuilder perClass = new StringBuilder();
        for (PolarizationClass c : PolarizationClass.values()) {
            if (counts[c.index()] > 0) {
                perClass.append(String.format(Locale.ROOT, " %s %,d", c.name(), counts[c.index()]));
            }
        }
        if (counts[8] > 0) {
            perClass.append(String.format(Locale.ROOT, " unlabelled %,d", counts[8]));
        }
        w.printf(Locale.ROOT, "Wrote %,d patterns of %dx%d to %s (%s)%n", set.size(), set.height(), set.width(), out,
                perClass.toString().trim());
    }

    private static String badPixels(FilterReport.Entry e) {
        return e.hotPixels() + e.deadPixels() == 0 ? ""
                : String.format(Locale.ROOT, ", repaired %d hot and %d dead pixels", e.hotPixels(), e.deadPixels());
    }
}

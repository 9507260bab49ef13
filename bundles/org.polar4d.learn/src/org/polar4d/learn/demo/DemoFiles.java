package org.polar4d.learn.demo;

import java.nio.file.Path;
import java.util.Locale;

import org.polar4d.learn.train.TrainingRun;
import org.polar4d.learn.train.TrainingSettings;

/**
 * Where the demo writes what, relative to its output folder. Model names follow the paper's results
 * table ("Conv (Proto)", "PCA"); file names use their slugs ({@code conv-proto}, {@code pca}).
 */
public record DemoFiles(Path folder) {

    /** Map styles written per test scan and model. */
    public static final String CLASSES = "classes";
    public static final String WHEEL = "wheel";
    public static final String CONFIDENCE = "confidence";
    public static final String IRREGULARITY = "irregularity";

    public Path report() {
        return folder.resolve("report.html");
    }

    public Path resultsMarkdown() {
        return folder.resolve("results.md");
    }

    public Path resultsCsv() {
        return folder.resolve("results.csv");
    }

    public Path perTableCsv() {
        return folder.resolve("per-table.csv");
    }

    public Path confusionCsv(String model) {
        return folder.resolve("confusion-" + slug(model) + ".csv");
    }

    public Path confusionPng(String model) {
        return folder.resolve("confusion-" + slug(model) + ".png");
    }

    public Path classBars(String conditionId) {
        return folder.resolve("class-bars-" + slug(conditionId) + ".png");
    }

    public Path trainingCurves(String model, long seed) {
        return folder.resolve("training-" + slug(model) + "-seed" + seed + ".png");
    }

    public Path model(String model) {
        return folder.resolve("models").resolve(slug(model) + ".zip");
    }

    /** One seed's prediction table of one test scan. */
    public Path seedPredictions(String dataset, String model, String seed) {
        return folder.resolve("predictions").resolve(dataset + "." + slug(model) + ".seed" + seed + ".csv");
    }

    /** The majority vote over the seeds of one model on one test scan. */
    public Path votePredictions(String dataset, String model) {
        return folder.resolve("predictions").resolve(dataset + "." + slug(model) + ".csv");
    }

    public Path map(String dataset, String model, String style) {
        return folder.resolve("maps").resolve(dataset + "." + slug(model) + "." + style + ".png");
    }

    /** The results-table name of a learner, as in the paper: "Conv (Proto)", "VGG (Cls)", "PCA", … */
    public static String modelName(TrainingSettings settings) {
        String encoder = switch (settings.learner()) {
            case PCAKNN -> null;
            case CNN -> "Conv";
            case VGG16 -> "VGG";
            case RESNET50 -> "ResNet";
        };
        if (encoder == null) {
            return "PCA";
        }
        String head = settings.head().id();
        return encoder + " (" + Character.toUpperCase(head.charAt(0)) + head.substring(1) + ")";
    }

    static String modelName(TrainingRun run) {
        return modelName(run.settings());
    }

    /** Lower case letters, digits and single dashes, e.g. "Conv (Proto)" → "conv-proto". */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "model" : s;
    }
}

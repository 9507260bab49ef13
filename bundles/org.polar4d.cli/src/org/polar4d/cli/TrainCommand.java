package org.polar4d.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.polar4d.core.augment.Augmentation;
import org.polar4d.core.augment.AugmentationSettings;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.patterns.PatternSetFile;
import org.polar4d.core.patterns.PatternSets;
import org.polar4d.learn.archive.ModelArchive;
import org.polar4d.learn.model.EpochRecord;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;
import org.polar4d.learn.model.TrainedModel;
import org.polar4d.learn.train.Trainer;
import org.polar4d.learn.train.TrainingListener;
import org.polar4d.learn.train.TrainingRun;
import org.polar4d.learn.train.TrainingSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code polar4d train}: trains a learner on labelled pattern sets and writes one model archive. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a learner on labelled pattern sets (.p4ps, from 'polar4d preprocess') and write "
                + "one model archive holding one model per seed.",
            "Networks use the paper's settings unless overridden: Adam lr 2e-4, coupled L2 1e-4, batch 128, up to "
                + "20 epochs, early stopping on validation loss (patience 5), 80/10/10 split with seed 42, "
                + "seeds 888 1212 3000 5000 7000. PCA-kNN: scaler and 20-component PCA fitted on a 90 %% training "
                + "split per seed, kNN k = 5."},
        footer = {"", "Examples:",
            "  polar4d train --data rm.p4ps ru.p4ps mu.p4ps --model cnn --head proto --out cnn-proto.zip",
            "  polar4d train --data train.p4ps --model pcaknn --out pca.zip",
            "  polar4d train --data small.p4ps --model resnet50 --head cls --seeds 888 \\",
            "      --epochs 2 --batch 16 --out tiny.zip",
            "  polar4d train --data train.p4ps --model vgg16 --head reg \\",
            "      --pretrained vgg16_dl4j.zip --augment paper --out vgg.zip"})
final class TrainCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "SET",
            description = "Labelled pattern-set files (.p4ps); several are concatenated.")
    List<Path> data;

    @Option(names = "--model", required = true, paramLabel = "LEARNER",
            description = "cnn, vgg16, resnet50 or pcaknn.")
    String model;

    @Option(names = "--head", paramLabel = "HEAD", defaultValue = "cls",
            description = "Network head: cls, reg or proto (default: ${DEFAULT-VALUE}; ignored for pcaknn).")
    String head;

    @Option(names = "--seeds", split = ",", paramLabel = "SEED",
            description = "Training seeds, comma-separated; one model each (default: 888,1212,3000,5000,7000).")
    List<Long> seeds;

    @Option(names = "--epochs", paramLabel = "N", description = "Maximum epochs (default: 20).")
    Integer epochs;

    @Option(names = "--batch", paramLabel = "N", description = "Batch size (default: 128).")
    Integer batch;

    @Option(names = "--patience", paramLabel = "N", description = "Early-stopping patience in epochs (default: 5).")
    Integer patience;

    @Option(names = "--lr", paramLabel = "RATE", description = "Adam learning rate (default: 2e-4).")
    Double learningRate;

    @Option(names = "--split-seed", paramLabel = "SEED", description = "Seed of the network data split (default: 42).")
    Long splitSeed;

    @Option(names = "--augment", paramLabel = "MODE", defaultValue = "none",
            description = "Training augmentation: none or paper (blur, brightness/contrast, noise as in the paper; "
                    + "default: ${DEFAULT-VALUE}).")
    String augment;

    @Option(names = "--pretrained", paramLabel = "FILE",
            description = "VGG16/ResNet-50 only: DL4J ComputationGraph zip (ModelSerializer) to start from; "
                    + "layers are matched by name and shape, the first convolution stays fresh.")
    Path pretrained;

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Training settings as a .properties file (keys as stored in model archives); "
                    + "command-line options override it.")
    Path settingsFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model archive to write (.zip).")
    Path out;

    @Override
    public Integer call() throws Exception {
        TrainingSettings settings = settings();
        PrintWriter w = spec.commandLine().getOut();
        List<PatternSet> parts = new ArrayList<>();
        try {
            for (Path p : data) {
                parts.add(PatternSetFile.open(p));
            }
            PatternSet set = parts.size() == 1 ? parts.get(0) : PatternSets.concat(parts);
            AugmentationSettings aug = augmentation();
            Augmentation augmentation = aug.any() ? aug.build() : Augmentation.NONE;
            Map<String, String> augProps = aug.any() ? aug.toProperties() : Map.of();
            w.printf(Locale.ROOT, "training %s%s on %d patterns of %d×%d from %d set(s), seeds %s%n",
                    settings.learner().displayName(), settings.learner().isNetwork() ? "/" + settings.head().id() : "",
                    set.size(), set.height(), set.width(), parts.size(), settings.seeds());
            TrainingRun run;
            try (ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), "train")) {
                run = Trainer.train(set, settings, augmentation, augProps, progress, new EpochPrinter(w));
            }
            ModelArchive.write(out, run);
            for (TrainedModel m : run.models()) {
                w.printf(Locale.ROOT, "seed %d: test accuracy %s (%s patterns), %s%n", m.seed(),
                        percent(m.metrics().get("testAccuracy")), m.metrics().get("testSize"),
                        m.learner().isNetwork() ? "best epoch " + m.metrics().get("bestEpoch") + " of "
                                + m.metrics().get("epochs") : "explained variance "
                                        + m.metrics().get("explainedVariance"));
            }
            w.printf("wrote %s (%d model(s), %d bytes)%n", out, run.models().size(), Files.size(out));
            return 0;
        } finally {
            for (PatternSet p : parts) {
                p.close();
            }
        }
    }

    private TrainingSettings settings() throws UsageException, IOException {
        TrainingSettings.Builder b;
        if (settingsFile != null) {
            java.util.Properties p = new java.util.Properties();
            try (var in = Files.newBufferedReader(settingsFile)) {
                p.load(in);
            }
            try {
                b = TrainingSettings.fromProperties(p).toBuilder();
            } catch (org.polar4d.learn.train.SettingsException e) {
                throw new UsageException(settingsFile + ": " + e.getMessage());
            }
        } else {
            b = TrainingSettings.builder();
        }
        try {
            Learner learner = Learner.parse(model);
            b.learner(learner).head(Head.parse(head));
            if (seeds != null) {
                b.seeds(seeds);
            }
            if (epochs != null) {
                b.maxEpochs(epochs);
            }
            if (batch != null) {
                b.batchSize(batch);
            }
            if (patience != null) {
                b.patience(patience);
            }
            if (learningRate != null) {
                b.learningRate(learningRate);
            }
            if (splitSeed != null) {
                b.splitSeed(splitSeed);
            }
            if (pretrained != null) {
                b.pretrainedWeights(pretrained.toString());
            }
            if (!learner.isNetwork() && (epochs != null || batch != null || patience != null || learningRate != null)) {
                throw new UsageException("--epochs, --batch, --patience and --lr apply to networks, not pcaknn");
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private AugmentationSettings augmentation() throws UsageException {
        return switch (augment.toLowerCase(Locale.ROOT)) {
            case "none" -> AugmentationSettings.NONE;
            case "paper" -> AugmentationSettings.PAPER;
            default -> throw new UsageException("--augment must be none or paper, got '" + augment + "'");
        };
    }

    private static String percent(String fraction) {
        try {
            return String.format(Locale.ROOT, "%.1f %%", 100 * Double.parseDouble(fraction));
        } catch (NumberFormatException | NullPointerException e) {
            return "n/a";
        }
    }

    /** Prints one line per epoch (stdout), next to the progress bar (stderr). */
    private static final class EpochPrinter implements TrainingListener {
        private final PrintWriter w;

        EpochPrinter(PrintWriter w) {
            this.w = w;
        }

        @Override
        public void epochDone(long seed, EpochRecord r, boolean improved) {
            w.printf(Locale.ROOT, "seed %d epoch %d: train loss %.4f, val loss %.4f%s, val accuracy %.1f %% (%.1f s)%n",
                    seed, r.epoch(), r.trainLoss(), r.validationLoss(), improved ? " *" : "",
                    100 * r.validationAccuracy(), r.seconds());
            w.flush();
        }
    }
}

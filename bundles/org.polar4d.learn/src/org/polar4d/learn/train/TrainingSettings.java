package org.polar4d.learn.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;

/**
 * Everything that defines a training run, with the paper's values as defaults (PAPER §8–§10).
 * Immutable; build with {@link #builder()}, persist with {@link #toProperties()} /
 * {@link #fromProperties(Properties)}.
 */
public final class TrainingSettings {

    /** The paper's training seeds. */
    public static final List<Long> PAPER_SEEDS = List.of(888L, 1212L, 3000L, 5000L, 7000L);

    private final Learner learner;
    private final Head head;
    private final double learningRate;
    private final double l2;
    private final int batchSize;
    private final int maxEpochs;
    private final int patience;
    private final long splitSeed;
    private final double trainFraction;
    private final double validationFraction;
    private final List<Long> seeds;
    private final double prototypeSigma;
    private final int pcaComponents;
    private final int knnK;
    private final double pcaTestFraction;
    private final String pretrainedWeights;

    private TrainingSettings(Builder b) {
        learner = b.learner;
        head = b.head;
        learningRate = b.learningRate;
        l2 = b.l2;
        batchSize = b.batchSize;
        maxEpochs = b.maxEpochs;
        patience = b.patience;
        splitSeed = b.splitSeed;
        trainFraction = b.trainFraction;
        validationFraction = b.validationFraction;
        seeds = List.copyOf(b.seeds);
        prototypeSigma = b.prototypeSigma;
        pcaComponents = b.pcaComponents;
        knnK = b.knnK;
        pcaTestFraction = b.pcaTestFraction;
        pretrainedWeights = b.pretrainedWeights;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The paper's settings for a learner and head. */
    public static TrainingSettings defaults(Learner learner, Head head) {
        return builder().learner(learner).head(head).build();
    }

    /** A builder initialised with these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.learner = learner;
        b.head = head;
        b.learningRate = learningRate;
        b.l2 = l2;
        b.batchSize = batchSize;
        b.maxEpochs = maxEpochs;
        b.patience = patience;
        b.splitSeed = splitSeed;
        b.trainFraction = trainFraction;
        b.validationFraction = validationFraction;
        b.seeds = new ArrayList<>(seeds);
        b.prototypeSigma = prototypeSigma;
        b.pcaComponents = pcaComponents;
        b.knnK = knnK;
        b.pcaTestFraction = pcaTestFraction;
        b.pretrainedWeights = pretrainedWeights;
        return b;
    }

    public Learner learner() {
        return learner;
    }

    /** Head of a network learner (meaningless for PCA-kNN). */
    public Head head() {
        return head;
    }

    /** Adam learning rate. */
    public double learningRate() {
        return learningRate;
    }

    /** Coupled L2 coefficient (PyTorch Adam weight_decay), applied to weights and biases. */
    public double l2() {
        return l2;
    }

    public int batchSize() {
        return batchSize;
    }

    public int maxEpochs() {
        return maxEpochs;
    }

    /** Epochs without a validation-loss improvement before training stops. */
    public int patience() {
        return patience;
    }

    /** Seed of the train/validation/test split of the networks (the same for every training seed). */
    public long splitSeed() {
        return splitSeed;
    }

    public double trainFraction() {
        return trainFraction;
    }

    public double validationFraction() {
        return validationFraction;
    }

    /** One model is trained per seed. */
    public List<Long> seeds() {
        return seeds;
    }

    /** σ of the circular Gaussian soft targets of the prototype loss. */
    public double prototypeSigma() {
        return prototypeSigma;
    }

    public int pcaComponents() {
        return pcaComponents;
    }

    public int knnK() {
        return knnK;
    }

    /** Test fraction of PCA-kNN's per-seed split (PCA-kNN has no validation split). */
    public double pcaTestFraction() {
        return pcaTestFraction;
    }

    /** Path of a DL4J ComputationGraph zip to initialise VGG16/ResNet-50 from; empty for random init. */
    public String pretrainedWeights() {
        return pretrainedWeights;
    }

    /** The settings as string properties (the inverse of {@link #fromProperties}). */
    public Properties toProperties() {
        Properties p = new Properties();
        for (Map.Entry<String, String> e : asMap().entrySet()) {
            p.setProperty(e.getKey(), e.getValue());
        }
        return p;
    }

    /** The settings as an ordered key → value map. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("learner", learner.id());
        m.put("head", head.id());
        m.put("learningRate", Double.toString(learningRate));
        m.put("l2", Double.toString(l2));
        m.put("batchSize", Integer.toString(batchSize));
        m.put("maxEpochs", Integer.toString(maxEpochs));
        m.put("patience", Integer.toString(patience));
        m.put("splitSeed", Long.toString(splitSeed));
        m.put("trainFraction", Double.toString(trainFraction));
        m.put("validationFraction", Double.toString(validationFraction));
        m.put("seeds", String.join(",", seeds.stream().map(String::valueOf).toList()));
        m.put("prototypeSigma", Double.toString(prototypeSigma));
        m.put("pcaComponents", Integer.toString(pcaComponents));
        m.put("knnK", Integer.toString(knnK));
        m.put("pcaTestFraction", Double.toString(pcaTestFraction));
        m.put("pretrainedWeights", pretrainedWeights);
        return m;
    }

    private static final Set<String> KEYS = builder().build().asMap().keySet();

    /**
     * Reads settings written by {@link #toProperties()}; missing keys take the paper's defaults.
     *
     * @throws SettingsException naming the key of an unknown, unparsable or out-of-range value
     */
    public static TrainingSettings fromProperties(Properties p) throws SettingsException {
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                throw new SettingsException("unknown training setting '" + key + "'; known: " + KEYS);
            }
        }
        Builder b = builder();
        try {
            b.learner(get(p, "learner", Learner::parse, b.learner));
            b.head(get(p, "head", Head::parse, b.head));
            b.learningRate(get(p, "learningRate", Double::parseDouble, b.learningRate));
            b.l2(get(p, "l2", Double::parseDouble, b.l2));
            b.batchSize(get(p, "batchSize", Integer::parseInt, b.batchSize));
            b.maxEpochs(get(p, "maxEpochs", Integer::parseInt, b.maxEpochs));
            b.patience(get(p, "patience", Integer::parseInt, b.patience));
            b.splitSeed(get(p, "splitSeed", Long::parseLong, b.splitSeed));
            b.trainFraction(get(p, "trainFraction", Double::parseDouble, b.trainFraction));
            b.validationFraction(get(p, "validationFraction", Double::parseDouble, b.validationFraction));
            b.seeds(get(p, "seeds", TrainingSettings::parseSeeds, b.seeds));
            b.prototypeSigma(get(p, "prototypeSigma", Double::parseDouble, b.prototypeSigma));
            b.pcaComponents(get(p, "pcaComponents", Integer::parseInt, b.pcaComponents));
            b.knnK(get(p, "knnK", Integer::parseInt, b.knnK));
            b.pcaTestFraction(get(p, "pcaTestFraction", Double::parseDouble, b.pcaTestFraction));
            b.pretrainedWeights(p.getProperty("pretrainedWeights", ""));
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new SettingsException(e.getMessage());
        }
    }

    private static <T> T get(Properties p, String key, Function<String, T> parse, T fallback) {
        String value = p.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            return parse.apply(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("training setting '" + key + "': cannot use '" + value + "' ("
                    + e.getMessage() + ")");
        }
    }

    /** Parses a comma- or space-separated seed list. */
    public static List<Long> parseSeeds(String text) {
        List<Long> out = new ArrayList<>();
        for (String s : text.split("[,\\s]+")) {
            if (!s.isEmpty()) {
                out.add(Long.parseLong(s));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrainingSettings t && t.asMap().equals(asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }

    /** Builder with the paper's defaults. */
    public static final class Builder {
        private Learner learner = Learner.CNN;
        private Head head = Head.CLS;
        private double learningRate = 2e-4;
        private double l2 = 1e-4;
        private int batchSize = 128;
        private int maxEpochs = 20;
        private int patience = 5;
        private long splitSeed = 42;
        private double trainFraction = 0.8;
        private double validationFraction = 0.1;
        private List<Long> seeds = new ArrayList<>(PAPER_SEEDS);
        private double prototypeSigma = 1.25;
        private int pcaComponents = 20;
        private int knnK = 5;
        private double pcaTestFraction = 0.1;
        private String pretrainedWeights = "";

        private Builder() {
        }

        public Builder learner(Learner v) {
            learner = v;
            return this;
        }

        public Builder head(Head v) {
            head = v;
            return this;
        }

        public Builder learningRate(double v) {
            learningRate = v;
            return this;
        }

        public Builder l2(double v) {
            l2 = v;
            return this;
        }

        public Builder batchSize(int v) {
            batchSize = v;
            return this;
        }

        public Builder maxEpochs(int v) {
            maxEpochs = v;
            return this;
        }

        public Builder patience(int v) {
            patience = v;
            return this;
        }

        public Builder splitSeed(long v) {
            splitSeed = v;
            return this;
        }

        public Builder trainFraction(double v) {
            trainFraction = v;
            return this;
        }

        public Builder validationFraction(double v) {
            validationFraction = v;
            return this;
        }

        public Builder seeds(List<Long> v) {
            seeds = new ArrayList<>(v);
            return this;
        }

        public Builder seeds(long... v) {
            seeds = new ArrayList<>(Arrays.stream(v).boxed().toList());
            return this;
        }

        public Builder prototypeSigma(double v) {
            prototypeSigma = v;
            return this;
        }

        public Builder pcaComponents(int v) {
            pcaComponents = v;
            return this;
        }

        public Builder knnK(int v) {
            knnK = v;
            return this;
        }

        public Builder pcaTestFraction(double v) {
            pcaTestFraction = v;
            return this;
        }

        public Builder pretrainedWeights(String v) {
            pretrainedWeights = v == null ? "" : v.trim();
            return this;
        }

        /** @throws IllegalArgumentException naming the setting that is out of range */
        public TrainingSettings build() {
            require(learner != null, "learner", "must be set");
            require(head != null, "head", "must be set");
            require(learningRate > 0 && Double.isFinite(learningRate), "learningRate", "must be > 0");
            require(l2 >= 0 && Double.isFinite(l2), "l2", "must be >= 0");
            require(batchSize >= 1, "batchSize", "must be >= 1");
            require(maxEpochs >= 1, "maxEpochs", "must be >= 1");
            require(patience >= 1, "patience", "must be >= 1");
            require(trainFraction > 0 && trainFraction < 1, "trainFraction", "must be in (0, 1)");
            require(validationFraction > 0 && trainFraction + validationFraction <= 1, "validationFraction",
                    "must be > 0 with trainFraction + validationFraction <= 1");
            require(!seeds.isEmpty(), "seeds", "need at least one seed");
            require(seeds.stream().distinct().count() == seeds.size(), "seeds", "must be distinct");
            require(prototypeSigma > 0 && Double.isFinite(prototypeSigma), "prototypeSigma", "must be > 0");
            require(pcaComponents >= 1, "pcaComponents", "must be >= 1");
            require(knnK >= 1, "knnK", "must be >= 1");
            require(pcaTestFraction >= 0 && pcaTestFraction < 1, "pcaTestFraction", "must be in [0, 1)");
            require(pretrainedWeights.isEmpty() || learner == Learner.VGG16 || learner == Learner.RESNET50,
                    "pretrainedWeights", "only VGG16 and ResNet-50 can start from pretrained weights");
            return new TrainingSettings(this);
        }

        private static void require(boolean ok, String key, String what) {
            if (!ok) {
                throw new IllegalArgumentException("training setting '" + key + "' " + what);
            }
        }
    }
}

package org.polar4d.learn.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.factory.Nd4j;
import org.polar4d.core.files.AtomicFile;
import org.polar4d.core.Polar4D;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.learn.model.EpochRecord;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;
import org.polar4d.learn.model.TrainedModel;
import org.polar4d.learn.net.NetworkFactory;
import org.polar4d.learn.net.NetworkModel;
import org.polar4d.learn.pcaknn.KnnClassifier;
import org.polar4d.learn.pcaknn.PcaKnnModel;
import org.polar4d.learn.pcaknn.StandardScaler;
import org.polar4d.learn.train.SettingsException;
import org.polar4d.learn.train.TrainingRun;
import org.polar4d.learn.train.TrainingSettings;

/**
 * A self-describing zip holding every model (one per seed) of a training run. Layout:
 *
 * <pre>
 * polar4d-model.properties      format, formatVersion, polar4dVersion, learner, head, inputHeight,
 *                               inputWidth, classes, seeds, created
 * settings.properties           TrainingSettings.toProperties()
 * recipe.properties             the training patterns' preprocessing recipe, verbatim
 * sources.txt                   training datasets, one per line
 * augmentation.properties       the training augmentation's settings (empty: none)
 * architecture.txt              the network summary (informational)
 * models/SEED/metrics.properties
 * models/SEED/curve.csv         epoch,train_loss,val_loss,val_accuracy,seconds
 * models/SEED/parameters.p4da   networks: all parameters incl. BatchNorm statistics (float32 [n])
 * models/SEED/representations.p4da  prototype head: class representations (float32 [8, 128])
 * models/SEED/scaler.p4da       PCA-kNN: mean and scale (float32 [2, D])
 * models/SEED/components.p4da   PCA-kNN: principal components (float32 [k, D])
 * models/SEED/points.p4da, labels.p4da  PCA-kNN: training projections (float32 [N, k]) and labels (int32 [N])
 * </pre>
 *
 * Binary entries are {@code P4DA} arrays (see {@link ArrayCodec}). Writing goes to a temporary file
 * next to the target, then an atomic move; reading validates every entry and reports problems as
 * {@link ModelArchiveException} naming the file and entry.
 */
public final class ModelArchive {

    public static final String FORMAT = "polar4d-model";
    public static final int FORMAT_VERSION = 1;

    static final String MANIFEST = "polar4d-model.properties";
    static final String SETTINGS = "settings.properties";
    static final String RECIPE = "recipe.properties";
    static final String SOURCES = "sources.txt";
    static final String AUGMENTATION = "augmentation.properties";
    static final String ARCHITECTURE = "architecture.txt";
    private static final String CURVE_HEADER = "epoch,train_loss,val_loss,val_accuracy,seconds";

    private ModelArchive() {
    }

    /** Writes {@code run} to {@code file} atomically (temporary file in the same folder, then a move). */
    public static void write(Path file, TrainingRun run) throws IOException {
        AtomicFile.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            writeTo(zip, run);
            zip.finish();
        });
    }

    private static void writeTo(ZipOutputStream zip, TrainingRun run) throws IOException {
        TrainingSettings s = run.settings();
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", Integer.toString(FORMAT_VERSION));
        manifest.put("polar4dVersion", run.polar4dVersion());
        manifest.put("learner", s.learner().id());
        if (s.learner().isNetwork()) {
            manifest.put("head", s.head().id());
        }
        manifest.put("inputHeight", Integer.toString(run.height()));
        manifest.put("inputWidth", Integer.toString(run.width()));
        manifest.put("classes", String.join(",", TrainedModel.CLASS_NAMES));
        manifest.put("seeds", String.join(",", run.models().stream().map(m -> Long.toString(m.seed())).toList()));
        manifest.put("created", run.created());
        put(zip, MANIFEST, properties(manifest));
        put(zip, SETTINGS, properties(s.asMap()));
        put(zip, RECIPE, properties(run.recipe()));
        put(zip, SOURCES, String.join("\n", run.sources()) + "\n");
        put(zip, AUGMENTATION, properties(run.augmentation()));
        boolean summaryWritten = false;
        for (TrainedModel m : run.models()) {
            String dir = "models/" + m.seed() + "/";
            put(zip, dir + "metrics.properties", properties(m.metrics()));
            put(zip, dir + "curve.csv", curve(m.curve()));
            if (m instanceof NetworkModel net) {
                if (!summaryWritten) {
                    put(zip, ARCHITECTURE, net.network().summary());
                    summaryWritten = true;
                }
                float[] params = net.network().params().dup().data().asFloat();
                put(zip, dir + "parameters.p4da", ArrayCodec.floats(params, params.length));
                if (net.representations() != null) {
                    float[][] r = net.representations();
                    put(zip, dir + "representations.p4da", ArrayCodec.floats(flatten(r), r.length, r[0].length));
                }
            } else if (m instanceof PcaKnnModel pca) {
                if (!summaryWritten) {
                    put(zip, ARCHITECTURE, "StandardScaler -> PCA(" + pca.components().length + ") -> kNN(k="
                            + pca.knn().k() + ", Euclidean, uniform votes)\n");
                    summaryWritten = true;
                }
                int d = pca.scaler().dimensions();
                float[] scaler = new float[2 * d];
                System.arraycopy(pca.scaler().mean(), 0, scaler, 0, d);
                System.arraycopy(pca.scaler().scale(), 0, scaler, d, d);
                put(zip, dir + "scaler.p4da", ArrayCodec.floats(scaler, 2, d));
                float[][] c = pca.components();
                put(zip, dir + "components.p4da", ArrayCodec.floats(flatten(c), c.length, d));
                KnnClassifier knn = pca.knn();
                put(zip, dir + "points.p4da", ArrayCodec.floats(knn.points(), knn.size(), knn.dimensions()));
                put(zip, dir + "labels.p4da", ArrayCodec.ints(knn.labels(), knn.size()));
            } else {
                throw new IllegalArgumentException("cannot archive a " + m.getClass().getName());
            }
        }
    }

    /** Reads and validates an archive; models are ready to predict. */
    public static TrainingRun read(Path file) throws ModelArchiveException {
        if (!Files.isRegularFile(file)) {
            throw new ModelArchiveException(file, null, "no such model archive");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new Reader(file, zip).read();
        } catch (ZipException e) {
            throw new ModelArchiveException(file, null, "not a readable zip file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ModelArchiveException(file, null, "cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads several archives and returns all their models (for majority votes over seeds and
     * archives); all must take patterns of the same size.
     */
    public static List<TrainedModel> readModels(Collection<Path> files) throws ModelArchiveException {
        List<TrainedModel> models = new ArrayList<>();
        for (Path f : files) {
            TrainingRun run = read(f);
            if (!models.isEmpty() && (models.get(0).inputHeight() != run.height()
                    || models.get(0).inputWidth() != run.width())) {
                throw new ModelArchiveException(f, MANIFEST, "takes " + run.height() + "×" + run.width()
                        + " patterns, the other models " + models.get(0).inputHeight() + "×" + models.get(0).inputWidth());
            }
            models.addAll(run.models());
        }
        return models;
    }

    private static float[] flatten(float[][] rows) {
        int w = rows.length == 0 ? 0 : rows[0].length;
        float[] out = new float[rows.length * w];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, out, i * w, w);
        }
        return out;
    }

    private static String curve(List<EpochRecord> curve) {
        StringBuilder sb = new StringBuilder(CURVE_HEADER).append('\n');
        for (EpochRecord r : curve) {
            sb.append(r.epoch()).append(',').append(r.trainLoss()).append(',').append(r.validationLoss()).append(',')
                    .append(r.validationAccuracy()).append(',').append(r.seconds()).append('\n');
        }
        return sb.toString();
    }

    /** Properties text without the date comment (so equal content gives equal bytes). */
    private static String properties(Map<String, String> map) throws IOException {
        Properties p = new Properties();
        p.putAll(map);
        StringWriter w = new StringWriter();
        p.store(w, null);
        String text = w.toString();
        return text.startsWith("#") ? text.substring(text.indexOf('\n') + 1) : text;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        put(zip, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Reading state of one archive. */
    private static final class Reader {
        private final Path file;
        private final ZipFile zip;

        Reader(Path file, ZipFile zip) {
            this.file = file;
            this.zip = zip;
        }

        TrainingRun read() throws ModelArchiveException {
            Properties manifest = properties(MANIFEST);
            String format = required(manifest, MANIFEST, "format");
            if (!FORMAT.equals(format)) {
                throw error(MANIFEST, "format is '" + format + "', not a Polar4D model archive");
            }
            int version = integer(manifest, MANIFEST, "formatVersion");
            if (version > FORMAT_VERSION) {
                throw error(MANIFEST, "archive format " + version + " was written by a newer Polar4D ("
                        + manifest.getProperty("polar4dVersion") + "); this Polar4D " + Polar4D.version()
                        + " reads format " + FORMAT_VERSION);
            }
            if (version < 1) {
                throw error(MANIFEST, "invalid formatVersion " + version);
            }
            String classes = required(manifest, MANIFEST, "classes");
            if (!classes.equals(String.join(",", TrainedModel.CLASS_NAMES))) {
                throw error(MANIFEST, "class list '" + classes + "' differs from this Polar4D's "
                        + String.join(",", TrainedModel.CLASS_NAMES));
            }
            TrainingSettings settings;
            try {
                settings = TrainingSettings.fromProperties(properties(SETTINGS));
            } catch (SettingsException e) {
                throw error(SETTINGS, e.getMessage());
            }
            Learner learner = parse(MANIFEST, "learner", () -> Learner.parse(required(manifest, MANIFEST, "learner")));
            if (learner != settings.learner()) {
                throw error(MANIFEST, "learner " + learner.id() + " disagrees with settings (" + settings.learner().id()
                        + ")");
            }
            if (learner.isNetwork()) {
                Head head = parse(MANIFEST, "head", () -> Head.parse(required(manifest, MANIFEST, "head")));
                if (head != settings.head()) {
                    throw error(MANIFEST, "head " + head.id() + " disagrees with settings (" + settings.head().id() + ")");
                }
            }
            int height = integer(manifest, MANIFEST, "inputHeight");
            int width = integer(manifest, MANIFEST, "inputWidth");
            if (height < 1 || width < 1 || (long) height * width > 1 << 24) {
                throw error(MANIFEST, "invalid input size " + height + "×" + width);
            }
            Map<String, String> recipe = map(properties(RECIPE));
            List<String> sources = text(SOURCES).lines().filter(l -> !l.isEmpty()).toList();
            Map<String, String> augmentation = map(properties(AUGMENTATION));
            List<Long> seeds = parse(MANIFEST, "seeds",
                    () -> TrainingSettings.parseSeeds(required(manifest, MANIFEST, "seeds")));
            if (seeds.isEmpty()) {
                throw error(MANIFEST, "lists no models (seeds is empty)");
            }
            List<TrainedModel> models = new ArrayList<>();
            for (long seed : seeds) {
                String dir = "models/" + seed + "/";
                Map<String, String> metrics = map(properties(dir + "metrics.properties"));
                List<EpochRecord> curve = curve(dir + "curve.csv");
                models.add(learner.isNetwork()
                        ? network(settings, height, width, seed, dir, recipe, metrics, curve)
                        : pcaKnn(settings.knnK(), height, width, seed, dir, recipe, metrics));
            }
            return new TrainingRun(settings, height, width, recipe, sources, augmentation,
                    manifest.getProperty("polar4dVersion", "?"), manifest.getProperty("created", "?"), models);
        }

        private NetworkModel network(TrainingSettings s, int height, int width, long seed, String dir,
                Map<String, String> recipe, Map<String, String> metrics, List<EpochRecord> curve)
                throws ModelArchiveException {
            NetworkFactory.Spec spec = new NetworkFactory.Spec(s.learner(), s.head(), height, width, s.learningRate(),
                    s.l2(), s.prototypeSigma());
            ComputationGraph net;
            try {
                net = NetworkFactory.build(spec, seed);
            } catch (IllegalArgumentException e) {
                throw error(MANIFEST, e.getMessage());
            }
            String paramsEntry = dir + "parameters.p4da";
            ArrayCodec.Decoded params = array(paramsEntry, 'f', 1);
            if (params.shape()[0] != net.numParams()) {
                throw error(paramsEntry, "holds " + params.shape()[0] + " parameters, the " + s.learner().displayName()
                        + "/" + s.head().id() + " network for " + height + "×" + width + " has " + net.numParams()
                        + " (incompatible architecture)");
            }
            net.setParams(Nd4j.createFromArray(params.floats()).reshape(1, params.floats().length));
            float[][] representations = null;
            if (s.head() == Head.PROTO) {
                String entry = dir + "representations.p4da";
                ArrayCodec.Decoded r = array(entry, 'f', 2);
                if (r.shape()[0] != PolarizationClass.COUNT || r.shape()[1] != s.head().outputSize()) {
                    throw error(entry, "class representations must be 8 × " + s.head().outputSize() + ", got "
                            + r.shape()[0] + " × " + r.shape()[1]);
                }
                representations = rows(r.floats(), (int) r.shape()[0], (int) r.shape()[1]);
            }
            return new NetworkModel(spec, seed, net, representations, recipe, metrics, curve);
        }

        private PcaKnnModel pcaKnn(int neighbours, int height, int width, long seed, String dir, Map<String, String> recipe,
                Map<String, String> metrics) throws ModelArchiveException {
            int d = height * width;
            ArrayCodec.Decoded scaler = array(dir + "scaler.p4da", 'f', 2);
            if (scaler.shape()[0] != 2 || scaler.shape()[1] != d) {
                throw error(dir + "scaler.p4da", "must be 2 × " + d + ", got " + scaler.shape()[0] + " × "
                        + scaler.shape()[1]);
            }
            ArrayCodec.Decoded comps = array(dir + "components.p4da", 'f', 2);
            if (comps.shape()[1] != d || comps.shape()[0] < 1) {
                throw error(dir + "components.p4da", "must be k × " + d + ", got " + comps.shape()[0] + " × "
                        + comps.shape()[1]);
            }
            int k = (int) comps.shape()[0];
            ArrayCodec.Decoded points = array(dir + "points.p4da", 'f', 2);
            ArrayCodec.Decoded labels = array(dir + "labels.p4da", 'i', 1);
            if (points.shape()[1] != k || points.shape()[0] != labels.shape()[0]) {
                throw error(dir + "points.p4da", "must be N × " + k + " with N = " + labels.shape()[0]
                        + " labels, got " + points.shape()[0] + " × " + points.shape()[1]);
            }
            try {
                StandardScaler sc = new StandardScaler(java.util.Arrays.copyOfRange(scaler.floats(), 0, d),
                        java.util.Arrays.copyOfRange(scaler.floats(), d, 2 * d));
                KnnClassifier knn = new KnnClassifier(points.floats(), labels.ints(), k, neighbours);
                return new PcaKnnModel(height, width, seed, sc, rows(comps.floats(), k, d), knn, recipe, metrics);
            } catch (IllegalArgumentException e) {
                throw error(dir, e.getMessage());
            }
        }

        private List<EpochRecord> curve(String entry) throws ModelArchiveException {
            List<String> lines = text(entry).lines().toList();
            if (lines.isEmpty() || !lines.get(0).equals(CURVE_HEADER)) {
                throw error(entry, "header must be '" + CURVE_HEADER + "'");
            }
            List<EpochRecord> out = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).split(",");
                try {
                    if (f.length != 5) {
                        throw new NumberFormatException("expected 5 fields");
                    }
                    out.add(new EpochRecord(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                            Double.parseDouble(f[3]), Double.parseDouble(f[4])));
                } catch (NumberFormatException e) {
                    throw error(entry, "line " + (i + 1) + " is not a curve row (" + e.getMessage() + ")");
                }
            }
            return out;
        }

        private ArrayCodec.Decoded array(String entry, char type, int rank) throws ModelArchiveException {
            try {
                return ArrayCodec.decode(bytes(entry), type, rank);
            } catch (IOException e) {
                throw error(entry, e.getMessage());
            }
        }

        private byte[] bytes(String entry) throws ModelArchiveException {
            ZipEntry e = zip.getEntry(entry);
            if (e == null) {
                throw error(entry, "missing");
            }
            try (InputStream in = zip.getInputStream(e)) {
                byte[] data = in.readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(data);
                if (e.getCrc() != -1 && crc.getValue() != e.getCrc()) {
                    throw error(entry, "corrupt (CRC mismatch: the archive was damaged)");
                }
                return data;
            } catch (IOException ex) {
                throw error(entry, "corrupt (" + ex.getMessage() + ")");
            }
        }

        private String text(String entry) throws ModelArchiveException {
            return new String(bytes(entry), StandardCharsets.UTF_8);
        }

        private Properties properties(String entry) throws ModelArchiveException {
            Properties p = new Properties();
            try {
                p.load(new StringReader(text(entry)));
            } catch (IOException | IllegalArgumentException e) {
                throw error(entry, "not a properties file (" + e.getMessage() + ")");
            }
            return p;
        }

        private String required(Properties p, String entry, String key) throws ModelArchiveException {
            String v = p.getProperty(key);
            if (v == null) {
                throw error(entry, "key '" + key + "' is missing");
            }
            return v.trim();
        }

        private int integer(Properties p, String entry, String key) throws ModelArchiveException {
            String v = required(p, entry, key);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw error(entry, "key '" + key + "' is not an integer: '" + v + "'");
            }
        }

        private interface Parser<T> {
            T parse() throws ModelArchiveException;
        }

        private <T> T parse(String entry, String key, Parser<T> parser) throws ModelArchiveException {
            try {
                return parser.parse();
            } catch (IllegalArgumentException e) {
                throw error(entry, "key '" + key + "': " + e.getMessage());
            }
        }

        private ModelArchiveException error(String entry, String message) {
            return new ModelArchiveException(file, entry, message);
        }

        private static Map<String, String> map(Properties p) {
            Map<String, String> m = new LinkedHashMap<>();
            for (String k : p.stringPropertyNames()) {
                m.put(k, p.getProperty(k));
            }
            return m;
        }

        private static float[][] rows(float[] flat, int n, int w) {
            float[][] out = new float[n][w];
            for (int i = 0; i < n; i++) {
                System.arraycopy(flat, i * w, out[i], 0, w);
            }
            return out;
        }
    }
}

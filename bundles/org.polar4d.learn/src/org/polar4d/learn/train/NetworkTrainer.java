package org.polar4d.learn.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.polar4d.core.augment.Augmentation;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.predict.PatternPrediction;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;
import org.polar4d.learn.model.EpochRecord;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.net.Encoder;
import org.polar4d.learn.net.HeadCodec;
import org.polar4d.learn.net.NetworkFactory;
import org.polar4d.learn.net.NetworkModel;
import org.polar4d.learn.net.PretrainedWeights;

/**
 * Trains one network with one seed (PAPER §10): Adam, shuffled training batches with drop_last and
 * on-the-fly augmentation, validation after every epoch, early stopping on the validation loss
 * (strict improvement, patience), and the best epoch's parameters restored at the end.
 */
final class NetworkTrainer {

    private final PatternSet set;
    private final DataSplit split;
    private final TrainingSettings settings;
    private final Augmentation augmentation;
    private final TrainingListener listener;
    private final NetworkFactory.Spec spec;
    private final HeadCodec codec;
    private final BatchAssembler assembler;

    NetworkTrainer(PatternSet set, DataSplit split, TrainingSettings settings, Augmentation augmentation,
            TrainingListener listener) {
        this.set = set;
        this.split = split;
        this.settings = settings;
        this.augmentation = augmentation;
        this.listener = listener;
        this.spec = new NetworkFactory.Spec(settings.learner(), settings.head(), set.height(), set.width(),
                settings.learningRate(), settings.l2(), settings.prototypeSigma());
        this.codec = new HeadCodec(settings.head(), settings.prototypeSigma());
        this.assembler = new BatchAssembler(set);
    }

    NetworkModel train(long seed, Progress progress) throws TrainingException, CanceledException {
        int batchSize = settings.batchSize();
        int batches = split.train().length / batchSize; // drop_last
        if (batches == 0) {
            throw new TrainingException("the training split has " + split.train().length
                    + " patterns, fewer than one batch of " + batchSize + "; lower the batch size or add data");
        }
        ComputationGraph net = NetworkFactory.build(spec, seed);
        if (!settings.pretrainedWeights().isEmpty()) {
            PretrainedWeights.apply(net, Encoder.of(spec.learner()), Path.of(settings.pretrainedWeights()));
        }
        SplittableRandom shuffling = new SplittableRandom(seed);
        SplittableRandom augmenting = shuffling.split();
        int[] order = split.train().clone();
        List<EpochRecord> curve = new ArrayList<>();
        INDArray best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        int sinceBest = 0;
        long start = System.nanoTime();
        int maxEpochs = settings.maxEpochs();
        for (int epoch = 1; epoch <= maxEpochs; epoch++) {
            long epochStart = System.nanoTime();
            DataSplit.shuffle(order, shuffling);
            double lossSum = 0;
            for (int b = 0; b < batches; b++) {
                progress.checkCanceled();
                BatchAssembler.Batch batch = assembler.assemble(order, b * batchSize, batchSize, augmentation,
                        augmenting);
                net.fit(new DataSet(batch.features(), codec.labels(batch.labels())));
                double loss = net.score() - net.calcRegularizationScore(true);
                lossSum += loss;
                listener.batchDone(seed, epoch, b + 1, batches, loss);
                progress.update((epoch - 1 + (b + 1.0) / batches) / maxEpochs, String.format(Locale.ROOT,
                        "seed %d epoch %d/%d batch %d/%d loss %.4f", seed, epoch, maxEpochs, b + 1, batches, loss));
            }
            Evaluation val = evaluate(net, split.validation(), null);
            EpochRecord record = new EpochRecord(epoch, lossSum / batches, val.loss(), val.accuracy(),
                    (System.nanoTime() - epochStart) / 1e9);
            curve.add(record);
            boolean improved = val.loss() < bestLoss;
            if (improved) {
                bestLoss = val.loss();
                bestEpoch = epoch;
                best = net.params().dup();
                sinceBest = 0;
            } else {
                sinceBest++;
            }
            listener.epochDone(seed, record, improved);
            progress.update((double) epoch / maxEpochs, String.format(Locale.ROOT,
                    "seed %d epoch %d/%d val loss %.4f acc %.3f", seed, epoch, maxEpochs, val.loss(), val.accuracy()));
            if (sinceBest >= settings.patience()) {
                break;
            }
        }
        if (best == null) {
            throw new TrainingException("the validation loss was never finite (training diverged); "
                    + "try a lower learning rate");
        }
        net.setParams(best);
        double trainSeconds = (System.nanoTime() - start) / 1e9;
        float[][] representations = null;
        if (spec.head() == Head.PROTO) {
            Evaluation val = evaluate(net, split.validation(), null);
            representations = HeadCodec.classRepresentations(val.outputs(), val.labels());
        }
        Evaluation test = evaluate(net, split.test(), representations);
        Map<String, String> metrics = new LinkedHashMap<>();
        metrics.put("seed", Long.toString(seed));
        metrics.put("trainSize", Integer.toString(split.train().length));
        metrics.put("validationSize", Integer.toString(split.validation().length));
        metrics.put("testSize", Integer.toString(split.test().length));
        metrics.put("epochs", Integer.toString(curve.size()));
        metrics.put("bestEpoch", Integer.toString(bestEpoch));
        metrics.put("bestValidationLoss", Double.toString(bestLoss));
        metrics.put("validationAccuracy", Double.toString(curve.get(bestEpoch - 1).validationAccuracy()));
        metrics.put("testAccuracy", Double.toString(test.accuracy()));
        metrics.put("trainSeconds", String.format(Locale.ROOT, "%.1f", trainSeconds));
        metrics.put("parameters", Long.toString(net.numParams()));
        listener.seedDone(seed, metrics);
        return new NetworkModel(spec, seed, net, representations, set.recipe(), metrics, curve);
    }

    /** Loss, accuracy and raw outputs of a split, without augmentation, in eval mode. */
    record Evaluation(double loss, double accuracy, float[][] outputs, int[] labels) {
    }

    /**
     * Evaluates {@code indices} in batches of the training batch size (the loss of the prototype
     * head depends on the batch). Accuracy of the prototype head uses {@code representations} or,
     * when null, representations computed from these outputs themselves.
     */
    private Evaluation evaluate(ComputationGraph net, int[] indices, float[][] representations)
            throws TrainingException {
        int n = indices.length;
        float[][] outputs = new float[n][];
        int[] labels = new int[n];
        double lossSum = 0;
        for (int from = 0; from < n; from += settings.batchSize()) {
            int count = Math.min(settings.batchSize(), n - from);
            BatchAssembler.Batch batch = assembler.assemble(indices, from, count, Augmentation.NONE, null);
            float[][] out = net.outputSingle(false, batch.features()).toFloatMatrix();
            lossSum += codec.lossSum(out, batch.labels());
            System.arraycopy(out, 0, outputs, from, count);
            System.arraycopy(batch.labels(), 0, labels, from, count);
        }
        float[][] reps = representations;
        if (reps == null && spec.head() == Head.PROTO) {
            reps = HeadCodec.classRepresentations(outputs, labels);
        }
        int correct = 0;
        for (int i = 0; i < n; i++) {
            PatternPrediction p = codec.predict(outputs[i], reps);
            if (p.classIndex() == labels[i]) {
                correct++;
            }
        }
        return new Evaluation(n == 0 ? Double.NaN : lossSum / n, n == 0 ? Double.NaN : (double) correct / n, outputs,
                labels);
    }
}

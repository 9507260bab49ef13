package org.polar4d.cli.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.polar4d.cli.GlobalOptions;
import org.polar4d.cli.JsonText;
import org.polar4d.cli.UsageException;
import org.polar4d.core.Polar4D;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;
import org.polar4d.learn.net.HeadCodec;
import org.polar4d.learn.net.NetworkFactory;
import org.polar4d.learn.runtime.NativeRuntime;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Training or inference throughput of a network on random 1 × size × size patterns, measured like
 * the PyTorch peer {@code torch_cnn.py}: 3 warm-up steps, then {@code steps} timed steps on one
 * fixed batch. Prints one JSON line with the peer's key names.
 */
abstract class BenchNetworkCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", defaultValue = "cnn", description = "cnn, vgg16 or resnet50 (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--head", defaultValue = "cls", description = "cls, reg or proto (default: ${DEFAULT-VALUE}).")
    String head;

    @Option(names = "--threads", defaultValue = "2", description = "Native (OpenMP/BLAS) threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--batch", defaultValue = "128", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--steps", defaultValue = "10", description = "Timed steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--size", defaultValue = "64", description = "Pattern height and width (default: ${DEFAULT-VALUE}).")
    int size;

    /** "train" or "infer". */
    abstract String mode();

    @Override
    public Integer call() throws Exception {
        Learner learner;
        Head h;
        try {
            learner = Learner.parse(model);
            h = Head.parse(head);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!learner.isNetwork() || threads < 1 || batch < 1 || steps < 1) {
            throw new UsageException("need a network model and positive --threads, --batch and --steps");
        }
        NativeRuntime.ensureInitialised();
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
        ComputationGraph net = NetworkFactory.build(new NetworkFactory.Spec(learner, h, size, size, 2e-4, 1e-4, 1.25),
                0);
        Nd4j.getRandom().setSeed(0);
        INDArray x = Nd4j.rand(DataType.FLOAT, batch, size, size, 1); // the networks take NHWC input
        int[] classes = new int[batch];
        java.util.SplittableRandom r = new java.util.SplittableRandom(0);
        for (int i = 0; i < batch; i++) {
            classes[i] = r.nextInt(8);
        }
        DataSet ds = new DataSet(x, new HeadCodec(h, 1.25).labels(classes));
        Runnable step = mode().equals("train") ? () -> net.fit(ds) : () -> net.outputSingle(false, x);
        for (int i = 0; i < 3; i++) {
            step.run();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            step.run();
        }
        double perSecond = (double) steps * batch / ((System.nanoTime() - t0) / 1e9);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("peer", "polar4d");
        json.put("version", Polar4D.version());
        json.put("backend", "dl4j-1.0.0-M2.1");
        json.put("model", learner.id());
        json.put("head", h.id());
        json.put("threads", threads);
        json.put("batch", batch);
        json.put("size", size);
        json.put(mode() + "_patterns_per_s", Math.round(perSecond * 10) / 10.0);
        spec.commandLine().getOut().println(JsonText.of(json));
        return 0;
    }
}

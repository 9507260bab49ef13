package org.polar4d.knime.workflow;

import java.util.List;

import org.polar4d.knime.info.LibraryInfoNodeFactory;
import org.polar4d.knime.io.DatasetInfoNodeFactory;
import org.polar4d.knime.io.DatasetReaderNodeFactory;
import org.polar4d.knime.eval.ScorerNodeFactory;
import org.polar4d.knime.learn.CnnLearnerNodeFactory;
import org.polar4d.knime.learn.PcaKnnLearnerNodeFactory;
import org.polar4d.knime.predict.PredictorNodeFactory;
import org.polar4d.knime.prep.AugmentationNodeFactory;
import org.polar4d.knime.prep.LabelCombineNodeFactory;
import org.polar4d.knime.prep.PatternFilterNodeFactory;
import org.polar4d.knime.prep.PreprocessorNodeFactory;
import org.polar4d.knime.sim.SimulatorNodeFactory;
import org.polar4d.knime.vimage.VirtualImagingNodeFactory;
import org.polar4d.knime.viz.MapNodeFactory;

/**
 * The example workflows shipped under {@code examples/}. They are generated from these definitions (so their files
 * are exactly what KNIME writes, and their settings are the nodes' real keys); {@link ExampleWorkflowsTest} fails if
 * the committed directories differ, and rewrites them when run with {@code -Dpolar4d.examples.write=true}.
 */
public final class ExampleWorkflows {

    private ExampleWorkflows() {
    }

    public static List<ExampleWorkflow> all() {
        return List.of(libraryInfo(), mibVirtualImages(), paperPipeline());
    }

    static final List<String> CLASSES = List.of("RM", "RU", "MU", "LU", "LM", "LD", "MD", "RD");

    /**
     * The paper's pipeline: simulate the 8 classes → preprocess → filter → label and combine → CNN with the prototype
     * head (with the paper's augmentation) and PCA-kNN → predict a held-out simulated scan → scorer and maps. Node ids:
     * simulators 1–8, preprocessors 11–18, filters 21–28, Label &amp; Combine 30, augmentation 31, learners 32–33,
     * held-out simulator 40, predictor 41, scorer 42, map 43.
     */
    static ExampleWorkflow paperPipeline() {
        ExampleWorkflow.Builder b = new ExampleWorkflow.Builder("paper-pipeline")
                .variable("scanSize", "INTEGER", 16)
                .variable("frameSize", "INTEGER", 128)
                .variable("thicknessNm", "DOUBLE", 20.0)
                .variable("dose", "DOUBLE", 0.0)
                .variable("cropSize", "INTEGER", 64)
                .variable("seeds", "STRING", "888, 1212, 3000, 5000, 7000")
                .variable("maxEpochs", "INTEGER", 20)
                .variable("testClass", "STRING", "RU");
        Object[] scan = {"thicknessNm", "$thicknessNm", "scanRows", "$scanSize", "scanCols", "$scanSize",
            "frameSize", "$frameSize", "dose", "$dose"};
        for (int i = 0; i < 8; i++) {
            int y = 40 + 110 * i;
            b.node(1 + i, SimulatorNodeFactory.class, 60, y, concat(new Object[] {"polarization", CLASSES.get(i),
                "seed", i + 1}, scan));
            b.node(11 + i, PreprocessorNodeFactory.class, 260, y, "cropSize", "$cropSize");
            b.node(21 + i, PatternFilterNodeFactory.class, 460, y);
            b.link(1 + i, 0, 11 + i, 0).link(1 + i, 0, 21 + i, 0).link(11 + i, 0, 21 + i, 1).link(21 + i, 0, 30, i);
        }
        b.node(30, LabelCombineNodeFactory.class, 660, 420);
        b.node(31, AugmentationNodeFactory.class, 660, 600);
        b.node(32, CnnLearnerNodeFactory.class, 860, 360, "head", "proto", "seeds", "$seeds", "maxEpochs",
                "$maxEpochs");
        b.node(33, PcaKnnLearnerNodeFactory.class, 860, 520, "seeds", "$seeds");
        b.link(30, 0, 32, 0).link(31, 0, 32, 1).link(30, 0, 33, 0);
        b.node(40, SimulatorNodeFactory.class, 860, 720, concat(new Object[] {"polarization", "$testClass", "seed", 99},
                scan));
        b.node(41, PredictorNodeFactory.class, 1060, 520, "datasetName", "held-out simulation");
        b.link(40, 0, 41, 0).link(32, 0, 41, 1).link(33, 0, 41, 2);
        b.node(42, ScorerNodeFactory.class, 1260, 440);
        b.node(43, MapNodeFactory.class, 1260, 600, "image", "classes");
        b.link(41, 0, 42, 0).link(41, 0, 43, 0);
        return b.build();
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /**
     * A real Merlin MIB scan → its metadata → virtual bright-field, dark-field and centre-of-mass images. Workflow
     * variables: {@code inputFile} (the .mib or .hdr), {@code scanShape} (empty: from the file), {@code image}.
     */
    static ExampleWorkflow mibVirtualImages() {
        return new ExampleWorkflow.Builder("mib-virtual-images")
                .variable("inputFile", "STRING", "knime://knime.workflow/../data/scan.mib")
                .variable("scanShape", "STRING", "")
                .variable("image", "STRING", "bf")
                .node(1, DatasetReaderNodeFactory.class, 100, 120, "file", "$inputFile", "scanShape", "$scanShape")
                .node(2, DatasetInfoNodeFactory.class, 300, 40)
                .node(3, VirtualImagingNodeFactory.class, 300, 200, "image", "$image")
                .link(1, 0, 2, 0).link(1, 0, 3, 0)
                .build();
    }

    /** Checks the installation: which Polar4D and library versions and which native backend are in use. */
    static ExampleWorkflow libraryInfo() {
        return new ExampleWorkflow.Builder("library-info").node(1, LibraryInfoNodeFactory.class, 100, 100).build();
    }
}

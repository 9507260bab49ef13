package org.polar4d.knime.learn;

import static org.polar4d.knime.node.NodeDefinition.optionalPort;
import static org.polar4d.knime.node.NodeDefinition.port;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.PortKind;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.DoubleSetting;
import org.polar4d.knime.settings.IntSetting;
import org.polar4d.knime.settings.SettingValues;
import org.polar4d.knime.settings.SettingsSchema;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;
import org.polar4d.learn.train.TrainingSettings;

/** Factory of the "PCA-kNN Learner" node. */
public final class PcaKnnLearnerNodeFactory extends Polar4DNodeFactory<PcaKnnLearnerNodeModel> {

    private static final TrainingSettings P = TrainingSettings.defaults(Learner.PCAKNN, Head.CLS);

    static final IntSetting COMPONENTS = new IntSetting("components", "PCA components", P.pcaComponents(), 1, 4096);
    static final IntSetting K = new IntSetting("k", "Neighbours (k)", P.knnK(), 1, 1000);
    static final DoubleSetting TEST = new DoubleSetting("testFraction", "Test fraction", P.pcaTestFraction(), 0, 0.99,
            0.05);

    static final SettingsSchema SCHEMA = SettingsSchema.builder()
            .group("Model", COMPONENTS, K)
            .group("Training", Training.SEEDS, TEST)
            .crossCheck(v -> settings(v)).build();

    static final NodeDefinition DEFINITION = new NodeDefinition("PCA-kNN Learner", SCHEMA,
            List.of(port(PortKind.PATTERN_SET, "Training patterns"),
                    optionalPort(PortKind.AUGMENTATION, "Augmentation")),
            List.of(port(PortKind.MODEL, "Model"), port(PortKind.TABLE, "Metrics")));

    static TrainingSettings settings(SettingValues v) throws InvalidSettingsException {
        return Training.build(TrainingSettings.defaults(Learner.PCAKNN, Head.CLS).toBuilder()
                .seeds(TrainingSettings.parseSeeds(v.get(Training.SEEDS))).pcaComponents(v.get(COMPONENTS))
                .knnK(v.get(K)).pcaTestFraction(v.get(TEST)));
    }

    @Override
    public NodeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public PcaKnnLearnerNodeModel createNodeModel() {
        return new PcaKnnLearnerNodeModel();
    }
}

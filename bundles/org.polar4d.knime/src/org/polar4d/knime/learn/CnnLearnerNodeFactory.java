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
import org.polar4d.knime.settings.StringSetting;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;
import org.polar4d.learn.train.TrainingSettings;

/** Factory of the "CNN Learner" node. */
public final class CnnLearnerNodeFactory extends Polar4DNodeFactory<CnnLearnerNodeModel> {

    private static final TrainingSettings P = TrainingSettings.defaults(Learner.CNN, Head.PROTO);

    static final StringSetting ENCODER = StringSetting.choice("encoder", "Encoder", Learner.CNN.id(),
            List.of(Learner.CNN.id(), Learner.VGG16.id(), Learner.RESNET50.id()));
    static final StringSetting HEAD = StringSetting.choice("head", "Head", Head.PROTO.id(),
            List.of(Head.CLS.id(), Head.REG.id(), Head.PROTO.id()));
    static final IntSetting EPOCHS = new IntSetting("maxEpochs", "Maximum epochs", P.maxEpochs(), 1, 10_000);
    static final IntSetting PATIENCE = new IntSetting("patience", "Early-stopping patience", P.patience(), 1, 10_000);
    static final IntSetting BATCH = new IntSetting("batchSize", "Batch size", P.batchSize(), 1, 65_536);
    static final DoubleSetting RATE = new DoubleSetting("learningRate", "Learning rate", P.learningRate(), 1e-9, 10,
            1e-4);
    static final DoubleSetting L2 = new DoubleSetting("l2", "Weight decay (L2)", P.l2(), 0, 10, 1e-4);
    static final DoubleSetting SIGMA = new DoubleSetting("prototypeSigma", "Prototype target sigma",
            P.prototypeSigma(), 0.01, 100, 0.05);
    static final IntSetting SPLIT_SEED = new IntSetting("splitSeed", "Split seed", (int) P.splitSeed(), 0,
            Integer.MAX_VALUE);
    static final DoubleSetting TRAIN = new DoubleSetting("trainFraction", "Training fraction", P.trainFraction(), 0.01,
            0.99, 0.05);
    static final DoubleSetting VALIDATION = new DoubleSetting("validationFraction", "Validation fraction",
            P.validationFraction(), 0.01, 0.99, 0.05);
    static final StringSetting PRETRAINED = StringSetting.path("pretrainedWeights", "Pretrained weights",
            StringSetting.Editor.OPEN_FILE, true, ".zip");

    static final SettingsSchema SCHEMA = SettingsSchema.builder()
            .group("Network", ENCODER, HEAD, PRETRAINED)
            .group("Training", Training.SEEDS, EPOCHS, PATIENCE, BATCH, RATE, L2, SIGMA)
            .group("Split", SPLIT_SEED, TRAIN, VALIDATION)
            .crossCheck(v -> settings(v, v.get(PRETRAINED))).build();

    static final NodeDefinition DEFINITION = new NodeDefinition("CNN Learner", SCHEMA,
            List.of(port(PortKind.PATTERN_SET, "Training patterns"),
                    optionalPort(PortKind.AUGMENTATION, "Augmentation")),
            List.of(port(PortKind.MODEL, "Model"), port(PortKind.TABLE, "Training curves"),
                    port(PortKind.TABLE, "Metrics")));

    /** @param weights the resolved local path of the pretrained weights, or empty */
    static TrainingSettings settings(SettingValues v, String weights) throws InvalidSettingsException {
        return Training.build(TrainingSettings.defaults(Learner.parse(v.get(ENCODER)), Head.parse(v.get(HEAD)))
                .toBuilder().seeds(TrainingSettings.parseSeeds(v.get(Training.SEEDS))).maxEpochs(v.get(EPOCHS))
                .patience(v.get(PATIENCE)).batchSize(v.get(BATCH)).learningRate(v.get(RATE)).l2(v.get(L2))
                .prototypeSigma(v.get(SIGMA)).splitSeed(v.get(SPLIT_SEED)).trainFraction(v.get(TRAIN))
                .validationFraction(v.get(VALIDATION)).pretrainedWeights(weights));
    }

    @Override
    public NodeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public CnnLearnerNodeModel createNodeModel() {
        return new CnnLearnerNodeModel();
    }
}

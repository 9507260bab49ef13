package org.polar4d.knime.prep;

import static org.polar4d.knime.node.NodeDefinition.port;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.polar4d.core.preprocess.Alignment;
import org.polar4d.core.preprocess.CropMode;
import org.polar4d.core.preprocess.PreprocessingRecipe;
import org.polar4d.knime.node.Choices;
import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.PortKind;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.BooleanSetting;
import org.polar4d.knime.settings.DoubleSetting;
import org.polar4d.knime.settings.IntSetting;
import org.polar4d.knime.settings.SettingValues;
import org.polar4d.knime.settings.SettingsSchema;
import org.polar4d.knime.settings.StringSetting;

/** Factory of the "Pattern Preprocessor" node. */
public final class PreprocessorNodeFactory extends Polar4DNodeFactory<PreprocessorNodeModel> {

    static final String FROM_DATASET = "from dataset";
    static final String NONE = "none";

    static final PreprocessingRecipe P = PreprocessingRecipe.PAPER;
    static final IntSetting CROP = new IntSetting("cropSize", "Crop size (pixels)", P.cropSize(), 4, 4096);
    static final StringSetting CROP_MODE = StringSetting.choice("cropMode", "Crop placement", P.cropMode().id(),
            List.of(CropMode.CENTERED.id(), CropMode.REFERENCE_MIRRORED.id()));
    static final StringSetting ALIGNMENT = StringSetting.choice("alignment", "Crop centre", P.alignment().id(),
            List.of(Alignment.GLOBAL_COM.id(), Alignment.PER_FRAME.id()));
    static final IntSetting BINNING = new IntSetting("binning", "Binning", P.binning(), 1, 64);
    static final BooleanSetting LOG = new BooleanSetting("logScale", "Log scale", P.logScale());
    static final DoubleSetting PERCENTILE = new DoubleSetting("comPercentile", "Centre threshold percentile",
            P.comPercentile(), 0, 100, 1);
    static final BooleanSetting REPAIR = new BooleanSetting("repairBadPixels", "Repair bad pixels",
            P.repairBadPixels());
    static final DoubleSetting BAD_FACTOR = new DoubleSetting("badPixelFactor", "Bad-pixel factor", P.badPixelFactor(),
            1.01, 1e6, 0.5);
    static final StringSetting LABEL = StringSetting.choice("label", "Label", FROM_DATASET,
            Choices.classes(FROM_DATASET, NONE));

    static final SettingsSchema SCHEMA = SettingsSchema.builder()
            .group("Crop", CROP, CROP_MODE, ALIGNMENT, PERCENTILE)
            .group("Frame conditioning", BINNING, LOG, REPAIR, BAD_FACTOR)
            .group("Labels", LABEL)
            .crossCheck(v -> recipe(v)).build();

    static final NodeDefinition DEFINITION = new NodeDefinition("Pattern Preprocessor", SCHEMA,
            List.of(port(PortKind.DATASET, "4D-STEM dataset")), List.of(port(PortKind.PATTERN_SET, "Patterns")));

    /** The engine recipe of these settings; the engine's checks become messages naming the node. */
    static PreprocessingRecipe recipe(SettingValues v) throws InvalidSettingsException {
        try {
            return new PreprocessingRecipe(v.get(CROP), CropMode.parse(v.get(CROP_MODE)),
                    Alignment.parse(v.get(ALIGNMENT)), v.get(BINNING), v.get(LOG), v.get(PERCENTILE), v.get(REPAIR),
                    v.get(BAD_FACTOR));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid preprocessing settings: " + e.getMessage(), e);
        }
    }

    @Override
    public NodeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public PreprocessorNodeModel createNodeModel() {
        return new PreprocessorNodeModel();
    }
}

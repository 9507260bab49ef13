package org.polar4d.knime.prep;

import static org.polar4d.knime.node.NodeDefinition.port;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.polar4d.core.augment.AugmentationSettings;
import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.PortKind;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.BooleanSetting;
import org.polar4d.knime.settings.DoubleSetting;
import org.polar4d.knime.settings.SettingValues;
import org.polar4d.knime.settings.SettingsSchema;

/** Factory of the "Augmentation Settings" node. */
public final class AugmentationNodeFactory extends Polar4DNodeFactory<AugmentationNodeModel> {

    private static final AugmentationSettings P = AugmentationSettings.PAPER;

    static DoubleSetting probability(String key, String label, double p) {
        return new DoubleSetting(key, label, p, 0, 1, 0.05);
    }

    static DoubleSetting range(String key, String label, double v) {
        return new DoubleSetting(key, label, v, 0, 1e9, 0.05);
    }

    static final DoubleSetting BLUR_P = probability("blurP", "Blur probability", P.blurP());
    static final DoubleSetting BLUR_MIN = range("blurSigmaMin", "Blur sigma min (pixels)", P.blurSigmaMin());
    static final DoubleSetting BLUR_MAX = range("blurSigmaMax", "Blur sigma max (pixels)", P.blurSigmaMax());
    static final DoubleSetting CONTRAST_P = probability("contrastP", "Brightness/contrast probability", P.contrastP());
    static final DoubleSetting CONTRAST = range("contrastLimit", "Contrast limit", P.contrastLimit());
    static final DoubleSetting BRIGHTNESS = range("brightnessLimit", "Brightness limit", P.brightnessLimit());
    static final DoubleSetting NOISE_P = probability("noiseP", "Gaussian noise probability", P.noiseP());
    static final DoubleSetting NOISE_MIN = range("noiseSigmaMin", "Noise sigma min", P.noiseSigmaMin());
    static final DoubleSetting NOISE_MAX = range("noiseSigmaMax", "Noise sigma max", P.noiseSigmaMax());
    static final DoubleSetting SYMMETRY_P = probability("symmetryP", "Symmetry probability", P.symmetryP());
    static final BooleanSetting ROTATIONS = new BooleanSetting("rotations", "Quarter-turn rotations", P.rotations());
    static final BooleanSetting MIRRORS = new BooleanSetting("mirrors", "Mirrors", P.mirrors());
    static final DoubleSetting SHIFT_P = probability("shiftP", "Sub-pixel shift probability", P.shiftP());
    static final DoubleSetting SHIFT_MAX = range("shiftMax", "Largest shift (pixels)", P.shiftMax());
    static final DoubleSetting ELLIPSE_P = probability("ellipseP", "Elliptic distortion probability", P.ellipseP());
    static final DoubleSetting ELLIPSE_MAX = range("ellipseMax", "Largest ellipticity", P.ellipseMax());
    static final DoubleSetting POISSON_P = probability("poissonP", "Shot noise probability", P.poissonP());
    static final DoubleSetting DOSE_MIN = range("poissonDoseMin", "Shot noise dose min", P.poissonDoseMin());
    static final DoubleSetting DOSE_MAX = range("poissonDoseMax", "Shot noise dose max", P.poissonDoseMax());

    static final SettingsSchema SCHEMA = SettingsSchema.builder()
            .group("Paper (PAPER §5)", BLUR_P, BLUR_MIN, BLUR_MAX, CONTRAST_P, CONTRAST, BRIGHTNESS, NOISE_P, NOISE_MIN,
                    NOISE_MAX)
            .group("Physically motivated (off in the paper)", SYMMETRY_P, ROTATIONS, MIRRORS, SHIFT_P, SHIFT_MAX,
                    ELLIPSE_P, ELLIPSE_MAX, POISSON_P, DOSE_MIN, DOSE_MAX)
            .crossCheck(v -> settings(v)).build();

    static final NodeDefinition DEFINITION = new NodeDefinition("Augmentation Settings", SCHEMA, List.of(),
            List.of(port(PortKind.AUGMENTATION, "Augmentation")));

    /** The engine's augmentation settings; its range checks become messages naming the node. */
    static AugmentationSettings settings(SettingValues v) throws InvalidSettingsException {
        try {
            return new AugmentationSettings(v.get(SYMMETRY_P), v.get(ROTATIONS), v.get(MIRRORS), v.get(SHIFT_P),
                    v.get(SHIFT_MAX), v.get(ELLIPSE_P), v.get(ELLIPSE_MAX), v.get(BLUR_P), v.get(BLUR_MIN),
                    v.get(BLUR_MAX), v.get(POISSON_P), v.get(DOSE_MIN), v.get(DOSE_MAX), v.get(CONTRAST_P),
                    v.get(CONTRAST), v.get(BRIGHTNESS), v.get(NOISE_P), v.get(NOISE_MIN), v.get(NOISE_MAX));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid augmentation settings: " + e.getMessage(), e);
        }
    }

    @Override
    public NodeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public AugmentationNodeModel createNodeModel() {
        return new AugmentationNodeModel();
    }
}

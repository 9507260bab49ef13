package org.polar4d.core.augment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.polar4d.core.PropertyReader;

/**
 * Which training-time augmentations run, with their probabilities and parameter ranges; builds the
 * {@link Augmentation} the trainer applies to every pattern in every epoch (never at prediction).
 * A probability of 0 switches a step off (it then draws no random numbers).
 *
 * <p>Order: symmetry → shift → ellipse → blur → Poisson → brightness/contrast → Gaussian noise, i.e.
 * geometry first, then optics, then detector. The paper's three steps (blur p = 0.5 σ ∈ [2, 5],
 * brightness/contrast p = 0.3 ±0.15, Gaussian noise p = 0.2 σ ∈ [0.2, 0.44]) keep their relative
 * order; with the extra steps off the pipeline is exactly the paper's ({@link #PAPER}).
 */
public record AugmentationSettings(
        double symmetryP, boolean rotations, boolean mirrors,
        double shiftP, double shiftMax,
        double ellipseP, double ellipseMax,
        double blurP, double blurSigmaMin, double blurSigmaMax,
        double poissonP, double poissonDoseMin, double poissonDoseMax,
        double contrastP, double contrastLimit, double brightnessLimit,
        double noiseP, double noiseSigmaMin, double noiseSigmaMax) {

    public static final String PREFIX = "augment.";

    /** PAPER §5. */
    public static final AugmentationSettings PAPER = new AugmentationSettings(
            0, true, true,
            0, 1.0,
            0, 0.05,
            0.5, 2, 5,
            0, 20, 2000,
            0.3, 0.15, 0.15,
            0.2, 0.2, 0.44);

    /** No augmentation. */
    public static final AugmentationSettings NONE = PAPER.withBlur(0, 2, 5).withBrightnessContrast(0, 0.15, 0.15)
            .withGaussianNoise(0, 0.2, 0.44);

    public AugmentationSettings {
        for (double p : new double[] {symmetryP, shiftP, ellipseP, blurP, poissonP, contrastP, noiseP}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("augmentation probabilities must be in [0, 1], got " + p);
            }
        }
        // constructing the enabled steps validates their ranges (fields are not yet assigned here)
        if (symmetryP > 0) {
            new SymmetryTransform(rotations, mirrors);
        }
        if (shiftP > 0) {
            new SubPixelShift(shiftMax);
        }
        if (ellipseP > 0) {
            new EllipticalDistortion(ellipseMax);
        }
        if (blurP > 0) {
            new GaussianBlur(blurSigmaMin, blurSigmaMax);
        }
        if (poissonP > 0) {
            new PoissonNoise(poissonDoseMin, poissonDoseMax);
        }
        if (contrastP > 0) {
            new BrightnessContrast(contrastLimit, brightnessLimit);
        }
        if (noiseP > 0) {
            new GaussianNoise(noiseSigmaMin, noiseSigmaMax);
        }
    }

    public boolean any() {
        return symmetryP > 0 || shiftP > 0 || ellipseP > 0 || blurP > 0 || poissonP > 0 || contrastP > 0 || noiseP > 0;
    }

    /** The pipeline of the enabled steps. */
    public AugmentationPipeline build() {
        List<AugmentationPipeline.Step> s = new ArrayList<>();
        if (symmetryP > 0) {
            s.add(new AugmentationPipeline.Step("symmetry", new SymmetryTransform(rotations, mirrors), symmetryP));
        }
        if (shiftP > 0) {
            s.add(new AugmentationPipeline.Step("shift", new SubPixelShift(shiftMax), shiftP));
        }
        if (ellipseP > 0) {
            s.add(new AugmentationPipeline.Step("ellipse", new EllipticalDistortion(ellipseMax), ellipseP));
        }
        if (blurP > 0) {
            s.add(new AugmentationPipeline.Step("blur", new GaussianBlur(blurSigmaMin, blurSigmaMax), blurP));
        }
        if (poissonP > 0) {
            s.add(new AugmentationPipeline.Step("poisson", new PoissonNoise(poissonDoseMin, poissonDoseMax), poissonP));
        }
        if (contrastP > 0) {
            s.add(new AugmentationPipeline.Step("brightnessContrast",
                    new BrightnessContrast(contrastLimit, brightnessLimit), contrastP));
        }
        if (noiseP > 0) {
            s.add(new AugmentationPipeline.Step("gaussianNoise", new GaussianNoise(noiseSigmaMin, noiseSigmaMax), noiseP));
        }
        return new AugmentationPipeline(s);
    }

    public AugmentationSettings withSymmetry(double p, boolean rot, boolean mir) {
        return new AugmentationSettings(p, rot, mir, shiftP, shiftMax, ellipseP, ellipseMax, blurP, blurSigmaMin,
                blurSigmaMax, poissonP, poissonDoseMin, poissonDoseMax, contrastP, contrastLimit, brightnessLimit, noiseP,
                noiseSigmaMin, noiseSigmaMax);
    }

    public AugmentationSettings withShift(double p, double max) {
        return new AugmentationSettings(symmetryP, rotations, mirrors, p, max, ellipseP, ellipseMax, blurP, blurSigmaMin,
                blurSigmaMax, poissonP, poissonDoseMin, poissonDoseMax, contrastP, contrastLimit, brightnessLimit, noiseP,
                noiseSigmaMin, noiseSigmaMax);
    }

    public AugmentationSettings withEllipse(double p, double max) {
        return new AugmentationSettings(symmetryP, rotations, mirrors, shiftP, shiftMax, p, max, blurP, blurSigmaMin,
                blurSigmaMax, poissonP, poissonDoseMin, poissonDoseMax, contrastP, contrastLimit, brightnessLimit, noiseP,
                noiseSigmaMin, noiseSigmaMax);
    }

    public AugmentationSettings withBlur(double p, double sigmaMin, double sigmaMax) {
        return new AugmentationSettings(symmetryP, rotations, mirrors, shiftP, shiftMax, ellipseP, ellipseMax, p,
                sigmaMin, sigmaMax, poissonP, poissonDoseMin, poissonDoseMax, contrastP, contrastLimit, brightnessLimit,
                noiseP, noiseSigmaMin, noiseSigmaMax);
    }

    public AugmentationSettings withPoisson(double p, double doseMin, double doseMax) {
        return new AugmentationSettings(symmetryP, rotations, mirrors, shiftP, shiftMax, ellipseP, ellipseMax, blurP,
                blurSigmaMin, blurSigmaMax, p, doseMin, doseMax, contrastP, contrastLimit, brightnessLimit, noiseP,
                noiseSigmaMin, noiseSigmaMax);
    }

    public AugmentationSettings withBrightnessContrast(double p, double contrast, double brightness) {
        return new AugmentationSettings(symmetryP, rotations, mirrors, shiftP, shiftMax, ellipseP, ellipseMax, blurP,
                blurSigmaMin, blurSigmaMax, poissonP, poissonDoseMin, poissonDoseMax, p, contrast, brightness, noiseP,
                noiseSigmaMin, noiseSigmaMax);
    }

    public AugmentationSettings withGaussianNoise(double p, double sigmaMin, double sigmaMax) {
        return new AugmentationSettings(symmetryP, rotations, mirrors, shiftP, shiftMax, ellipseP, ellipseMax, blurP,
                blurSigmaMin, blurSigmaMax, poissonP, poissonDoseMin, poissonDoseMax, contrastP, contrastLimit,
                brightnessLimit, p, sigmaMin, sigmaMax);
    }

    /** Key-value form, keys prefixed with {@value #PREFIX}. */
    public Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "symmetry.p", symmetryP);
        p.put(PREFIX + "symmetry.rotations", Boolean.toString(rotations));
        p.put(PREFIX + "symmetry.mirrors", Boolean.toString(mirrors));
        put(p, "shift.p", shiftP);
        put(p, "shift.max", shiftMax);
        put(p, "ellipse.p", ellipseP);
        put(p, "ellipse.max", ellipseMax);
        put(p, "blur.p", blurP);
        put(p, "blur.sigmaMin", blurSigmaMin);
        put(p, "blur.sigmaMax", blurSigmaMax);
        put(p, "poisson.p", poissonP);
        put(p, "poisson.doseMin", poissonDoseMin);
        put(p, "poisson.doseMax", poissonDoseMax);
        put(p, "brightnessContrast.p", contrastP);
        put(p, "brightnessContrast.contrastLimit", contrastLimit);
        put(p, "brightnessContrast.brightnessLimit", brightnessLimit);
        put(p, "gaussianNoise.p", noiseP);
        put(p, "gaussianNoise.sigmaMin", noiseSigmaMin);
        put(p, "gaussianNoise.sigmaMax", noiseSigmaMax);
        return p;
    }

    private static void put(Map<String, String> p, String key, double v) {
        p.put(PREFIX + key, Double.toString(v));
    }

    /** Reads {@link #toProperties()}; missing keys take the {@link #NONE} value (step off). */
    public static AugmentationSettings fromProperties(Map<String, String> properties) {
        PropertyReader r = new PropertyReader(properties, PREFIX);
        AugmentationSettings d = NONE;
        return new AugmentationSettings(
                r.real("symmetry.p", d.symmetryP), r.bool("symmetry.rotations", d.rotations),
                r.bool("symmetry.mirrors", d.mirrors),
                r.real("shift.p", d.shiftP), r.real("shift.max", d.shiftMax),
                r.real("ellipse.p", d.ellipseP), r.real("ellipse.max", d.ellipseMax),
                r.real("blur.p", d.blurP), r.real("blur.sigmaMin", d.blurSigmaMin), r.real("blur.sigmaMax", d.blurSigmaMax),
                r.real("poisson.p", d.poissonP), r.real("poisson.doseMin", d.poissonDoseMin),
                r.real("poisson.doseMax", d.poissonDoseMax),
                r.real("brightnessContrast.p", d.contrastP), r.real("brightnessContrast.contrastLimit", d.contrastLimit),
                r.real("brightnessContrast.brightnessLimit", d.brightnessLimit),
                r.real("gaussianNoise.p", d.noiseP), r.real("gaussianNoise.sigmaMin", d.noiseSigmaMin),
                r.real("gaussianNoise.sigmaMax", d.noiseSigmaMax));
    }
}

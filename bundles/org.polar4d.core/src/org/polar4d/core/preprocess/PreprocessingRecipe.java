package org.polar4d.core.preprocess;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.polar4d.core.PropertyReader;

/**
 * How raw frames become network-ready patterns (PAPER §4), the same at training and prediction:
 * optional bad-pixel repair and binning of the raw frame, an S×S crop around the dataset's global
 * centre of mass (or each frame's own centre), optional log scaling, per-pattern min-max to [0, 1]
 * with x' = (x − min)/(max − min + 1e-8).
 *
 * <p>{@link #toProperties()} / {@link #fromProperties(Map)} are what pattern sets and model archives
 * store; keys start with {@value #PREFIX}.
 *
 * @param cropSize S, side of the square crop in (binned) pixels; 64 in the paper
 * @param cropMode crop placement; {@link CropMode#CENTERED} unless reproducing the reference defect
 * @param alignment centre the crop is placed around
 * @param binning b: mean over b×b blocks of the raw frame before everything else (1 = off);
 *        trailing rows/columns that do not fill a block are dropped
 * @param logScale apply x ← ln(1 + x − min) to the crop before min-max (off in the paper)
 * @param comPercentile threshold percentile of the centre rule (95 in the paper)
 * @param repairBadPixels detect hot/dead pixels from the dataset's mean pattern and replace them in
 *        every frame by the mean of their good neighbours, before binning
 * @param badPixelFactor a pixel is hot if its mean exceeds this factor × the second-largest of its
 *        8 neighbours, dead if this factor × its mean is below the second-smallest
 */
public record PreprocessingRecipe(int cropSize, CropMode cropMode, Alignment alignment, int binning,
        boolean logScale, double comPercentile, boolean repairBadPixels, double badPixelFactor) {

    /** Prefix of every key of {@link #toProperties()}. */
    public static final String PREFIX = "preprocess.";
    /** Added to the range in the min-max normalisation, as in the paper. */
    public static final double EPSILON = 1e-8;
    static final int FORMAT = 1;

    /** The paper's preprocessing with the crop placed correctly. */
    public static final PreprocessingRecipe PAPER = new PreprocessingRecipe(64, CropMode.CENTERED,
            Alignment.GLOBAL_COM, 1, false, 95.0, false, 5.0);

    public PreprocessingRecipe {
        if (cropSize < 1) {
            throw new IllegalArgumentException("crop size must be at least 1, got " + cropSize);
        }
        if (binning < 1) {
            throw new IllegalArgumentException("binning must be at least 1, got " + binning);
        }
        if (!(comPercentile >= 0 && comPercentile <= 100)) {
            throw new IllegalArgumentException("centre-of-mass percentile must be in [0, 100], got " + comPercentile);
        }
        if (!(badPixelFactor > 1)) {
            throw new IllegalArgumentException("bad-pixel factor must be > 1, got " + badPixelFactor);
        }
        java.util.Objects.requireNonNull(cropMode, "cropMode");
        java.util.Objects.requireNonNull(alignment, "alignment");
    }

    public PreprocessingRecipe withCropSize(int s) {
        return new PreprocessingRecipe(s, cropMode, alignment, binning, logScale, comPercentile, repairBadPixels,
                badPixelFactor);
    }

    public PreprocessingRecipe withCropMode(CropMode m) {
        return new PreprocessingRecipe(cropSize, m, alignment, binning, logScale, comPercentile, repairBadPixels,
                badPixelFactor);
    }

    public PreprocessingRecipe withAlignment(Alignment a) {
        return new PreprocessingRecipe(cropSize, cropMode, a, binning, logScale, comPercentile, repairBadPixels,
                badPixelFactor);
    }

    public PreprocessingRecipe withBinning(int b) {
        return new PreprocessingRecipe(cropSize, cropMode, alignment, b, logScale, comPercentile, repairBadPixels,
                badPixelFactor);
    }

    public PreprocessingRecipe withLogScale(boolean on) {
        return new PreprocessingRecipe(cropSize, cropMode, alignment, binning, on, comPercentile, repairBadPixels,
                badPixelFactor);
    }

    public PreprocessingRecipe withBadPixelRepair(boolean on, double factor) {
        return new PreprocessingRecipe(cropSize, cropMode, alignment, binning, logScale, comPercentile, on, factor);
    }

    /** Key-value form, keys prefixed with {@value #PREFIX}. */
    public Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(PREFIX + "format", Integer.toString(FORMAT));
        p.put(PREFIX + "cropSize", Integer.toString(cropSize));
        p.put(PREFIX + "cropMode", cropMode.id());
        p.put(PREFIX + "alignment", alignment.id());
        p.put(PREFIX + "binning", Integer.toString(binning));
        p.put(PREFIX + "logScale", Boolean.toString(logScale));
        p.put(PREFIX + "comPercentile", Double.toString(comPercentile));
        p.put(PREFIX + "repairBadPixels", Boolean.toString(repairBadPixels));
        p.put(PREFIX + "badPixelFactor", Double.toString(badPixelFactor));
        p.put(PREFIX + "normalisation", "min-max");
        p.put(PREFIX + "epsilon", Double.toString(EPSILON));
        return p;
    }

    /**
     * Reads the keys written by {@link #toProperties()}; other keys are ignored and missing keys take
     * the {@link #PAPER} value.
     *
     * @throws IllegalArgumentException naming the key whose value is invalid
     */
    public static PreprocessingRecipe fromProperties(Map<String, String> properties) {
        PreprocessingRecipe d = PAPER;
        PropertyReader r = new PropertyReader(properties, PREFIX);
        int format = r.integer("format", FORMAT);
        if (format != FORMAT) {
            throw new IllegalArgumentException(PREFIX + "format " + format + " is not supported (expected " + FORMAT
                    + "); the recipe was written by a newer Polar4D");
        }
        String normalisation = r.text("normalisation", "min-max");
        if (!normalisation.equals("min-max")) {
            throw new IllegalArgumentException(PREFIX + "normalisation '" + normalisation + "' is not supported");
        }
        try {
            return new PreprocessingRecipe(r.integer("cropSize", d.cropSize),
                    CropMode.parse(r.text("cropMode", d.cropMode.id())),
                    Alignment.parse(r.text("alignment", d.alignment.id())), r.integer("binning", d.binning),
                    r.bool("logScale", d.logScale), r.real("comPercentile", d.comPercentile),
                    r.bool("repairBadPixels", d.repairBadPixels), r.real("badPixelFactor", d.badPixelFactor));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid preprocessing recipe: " + e.getMessage(), e);
        }
    }

    /** One line for logs and reports. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(cropSize).append('x').append(cropSize).append(" crop ").append(cropMode.id()).append(" on ")
                .append(alignment == Alignment.GLOBAL_COM ? "the global CoM" : "each frame's centre")
                .append(String.format(Locale.ROOT, " (P%s mask rule)", trim(comPercentile)));
        if (binning > 1) {
            sb.append(", bin ").append(binning);
        }
        if (repairBadPixels) {
            sb.append(", bad-pixel repair (factor ").append(trim(badPixelFactor)).append(')');
        }
        if (logScale) {
            sb.append(", log scale");
        }
        return sb.append(", min-max to [0, 1]").toString();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}

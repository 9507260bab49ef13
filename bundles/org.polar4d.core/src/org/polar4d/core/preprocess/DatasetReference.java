package org.polar4d.core.preprocess;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.filter.BadPixelMap;
import org.polar4d.core.filter.FilterSettings;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * What preprocessing needs to know about one dataset besides the recipe: its frame conditioning
 * (bad pixels found in its mean pattern, binning) and its global centre of mass in conditioned
 * pixels. Measure it once per dataset ({@link #measure}), then turn any frame of that dataset into a
 * pattern with a {@link FramePreprocessor}.
 */
public record DatasetReference(FrameConditioner conditioner, CentreOfMass globalCom) {

    /** A reference without bad pixels or binning, from a known global centre of mass. */
    public static DatasetReference of(FrameShape rawShape, double comRow, double comCol) {
        return new DatasetReference(FrameConditioner.identity(rawShape), new CentreOfMass(comRow, comCol, 0));
    }

    /** A reference from a known global centre of mass, with the recipe's binning and no bad pixels. */
    public static DatasetReference of(FrameShape rawShape, PreprocessingRecipe recipe, double comRow, double comCol) {
        return new DatasetReference(
                new FrameConditioner(rawShape, BadPixelMap.none(rawShape.height(), rawShape.width()), recipe.binning()),
                new CentreOfMass(comRow, comCol, 0));
    }

    /**
     * Measures a dataset: one streamed pass for the global centre of mass (two if the recipe repairs
     * bad pixels, which are found in the mean pattern first).
     */
    public static DatasetReference measure(Dataset4D dataset, PreprocessingRecipe recipe, int threads,
            Progress progress) throws IOException, CanceledException {
        return DatasetAnalysis.run(dataset, "dataset", recipe, FilterSettings.NONE, threads, progress).reference();
    }

    /** Shape of the frames after conditioning (what the centre and the crop refer to). */
    public FrameShape frameShape() {
        return conditioner.shape();
    }

    /** Entries for a pattern set's recipe describing this reference (keys without a source prefix). */
    public Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("globalComRow", String.format(Locale.ROOT, "%.6f", globalCom.row()));
        p.put("globalComCol", String.format(Locale.ROOT, "%.6f", globalCom.col()));
        p.put("frameShape", conditioner.rawShape().toString());
        if (!conditioner.badPixels().isEmpty()) {
            p.put("hotPixels", Integer.toString(conditioner.badPixels().hotCount()));
            p.put("deadPixels", Integer.toString(conditioner.badPixels().deadCount()));
        }
        return p;
    }
}

package org.polar4d.core.preprocess;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.filter.BadPixelMap;
import org.polar4d.core.filter.ComShiftFilter;
import org.polar4d.core.filter.FilterReport;
import org.polar4d.core.filter.FilterSettings;
import org.polar4d.core.filter.FrameMoments;
import org.polar4d.core.filter.IntensityOutlierFilter;
import org.polar4d.core.filter.MeanPattern;
import org.polar4d.core.pass.FrameReducer;
import org.polar4d.core.pass.ScanPass;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * The measuring pass over one dataset before its patterns are cut: global centre of mass and, in
 * the same streamed pass, the statistics the filters need. With bad-pixel repair a first pass finds
 * the bad pixels in the mean pattern.
 *
 * @param reference what preprocessing needs to cut the dataset's patterns
 * @param keep per frame: kept by every enabled filter
 * @param report what the filters removed
 */
public record DatasetAnalysis(DatasetReference reference, boolean[] keep, FilterReport.Entry report) {

    public static DatasetAnalysis run(Dataset4D dataset, String name, PreprocessingRecipe recipe,
            FilterSettings filters, int threads, Progress progress) throws IOException, CanceledException {
        FrameShape raw = dataset.frameShape();
        long frameCount = dataset.frameCount();
        if (frameCount > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(name + ": " + frameCount + " frames are more than a pattern set holds");
        }
        int frames = (int) frameCount;
        ScanPass pass = new ScanPass(dataset, threads);
        BadPixelMap bad = BadPixelMap.none(raw.height(), raw.width());
        Progress rest = progress;
        if (recipe.repairBadPixels()) {
            MeanPattern.Sum sum = pass.run(new MeanPattern(raw.pixels()), progress.slice(0, 0.5));
            bad = BadPixelMap.detect(sum.mean(), raw.height(), raw.width(), recipe.badPixelFactor());
            rest = progress.slice(0.5, 1);
        }
        FrameConditioner conditioner = new FrameConditioner(raw, bad, recipe.binning());
        FrameShape shape = conditioner.shape();
        if (shape.height() < recipe.cropSize() || shape.width() < recipe.cropSize()) {
            throw new IllegalArgumentException(name + ": frames of " + shape + (recipe.binning() > 1
                    ? " (after binning by " + recipe.binning() + ")" : "") + " are smaller than the "
                    + recipe.cropSize() + "x" + recipe.cropSize() + " crop");
        }
        List<FrameReducer<?>> reducers = new ArrayList<>();
        reducers.add(new GlobalCenterOfMass(shape.height(), shape.width(), recipe.comPercentile()));
        FrameMoments moments = filters.any() ? new FrameMoments(frames, shape.height(), shape.width()) : null;
        if (moments != null) {
            reducers.add(moments);
        }
        List<Object> results = pass.run(new ConditionedPass(conditioner, reducers), rest).results();
        CentreOfMass com = ((GlobalCenterOfMass.Sum) results.get(0)).result();
        boolean[] keep = new boolean[frames];
        Arrays.fill(keep, true);
        long byCom = 0;
        long byIntensity = 0;
        if (moments != null) {
            FrameMoments.Result m = moments.result((double[]) results.get(1));
            boolean[] com1 = filters.comShift() ? ComShiftFilter.keep(ComShiftFilter.magnitudes(m, com.row(), com.col()))
                    : null;
            boolean[] int1 = filters.intensityOutliers() ? IntensityOutlierFilter.keep(m.total(), filters.intensityMaxZ())
                    : null;
            for (int i = 0; i < frames; i++) {
                if (com1 != null && !com1[i]) {
                    byCom++;
                    keep[i] = false;
                }
                if (int1 != null && !int1[i]) {
                    byIntensity++;
                    keep[i] = false;
                }
            }
        }
        long removed = 0;
        for (boolean k : keep) {
            removed += k ? 0 : 1;
        }
        FilterReport.Entry entry = new FilterReport.Entry(name, frames, byCom, byIntensity, removed, bad.hotCount(),
                bad.deadCount());
        return new DatasetAnalysis(new DatasetReference(conditioner, com), keep, entry);
    }

    /** Number of frames kept. */
    public int keptCount() {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        return n;
    }
}

package org.polar4d.core.preprocess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
 * <p>Given a scratch directory, the pass also saves a window of every frame around its expected
 * crop ({@link CropWindows}): the crop around a provisional centre (the median centre of the first
 * 16 frames) widened by {@value #MARGIN} pixels on each side, or each frame's own crop for per-frame
 * alignment. Patterns are then cut from the windows without reading the scan again;
 * close the analysis to delete them.
 */
public final class DatasetAnalysis implements AutoCloseable {

    /** Pixels added on each side of the provisional crop in the saved windows. */
    static final int MARGIN = 8;
    private static final int PROVISIONAL_FRAMES = 16;

    private final DatasetReference reference;
    private final boolean[] keep;
    private final FilterReport.Entry report;
    private final CropWindows windows;

    private DatasetAnalysis(DatasetReference reference, boolean[] keep, FilterReport.Entry report,
            CropWindows windows) {
        this.reference = reference;
        this.keep = keep;
        this.report = report;
        this.windows = windows;
    }

    /** What preprocessing needs to cut the dataset's patterns. */
    public DatasetReference reference() {
        return reference;
    }

    /** Per frame: kept by every enabled filter. Shared, do not modify. */
    public boolean[] keep() {
        return keep;
    }

    /** What the filters removed. */
    public FilterReport.Entry report() {
        return report;
    }

    /** Windows saved during the pass, or null. */
    CropWindows windows() {
        return windows;
    }

    /** Number of frames kept. */
    public int keptCount() {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        return n;
    }

    /** Deletes the saved windows. */
    @Override
    public void close() throws IOException {
        if (windows != null) {
            windows.close();
        }
    }

    /** Measures without saving windows (patterns are then cut in a second pass). */
    public static DatasetAnalysis run(Dataset4D dataset, String name, PreprocessingRecipe recipe,
            FilterSettings filters, int threads, Progress progress) throws IOException, CanceledException {
        return run(dataset, name, recipe, filters, threads, null, progress);
    }

    /**
     * @param scratch directory for the crop windows (then the patterns need no second pass), or null
     */
    public static DatasetAnalysis run(Dataset4D dataset, String name, PreprocessingRecipe recipe,
            FilterSettings filters, int threads, Path scratch, Progress progress) throws IOException, CanceledException {
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
        int size = recipe.cropSize();
        if (shape.height() < size || shape.width() < size) {
            throw new IllegalArgumentException(name + ": frames of " + shape + (recipe.binning() > 1
                    ? " (after binning by " + recipe.binning() + ")" : "") + " are smaller than the " + size + "x"
                    + size + " crop");
        }
        boolean perFrame = recipe.alignment() == Alignment.PER_FRAME;
        double[] frameRows = perFrame ? new double[frames] : null;
        double[] frameCols = perFrame ? new double[frames] : null;
        List<FrameReducer<?>> reducers = new ArrayList<>();
        reducers.add(new GlobalCenterOfMass(shape.height(), shape.width(), recipe.comPercentile(), frameRows,
                frameCols));
        FrameMoments moments = filters.any() ? new FrameMoments(frames, shape.height(), shape.width()) : null;
        if (moments != null) {
            reducers.add(moments);
        }
        CropWindows windows = null;
        List<Object> results;
        try {
            if (scratch != null) {
                windows = perFrame ? CropWindows.create(scratch, frames, size, size, (index, o) -> {
                    o[0] = recipe.cropMode().origin(frameRows[(int) index], shape.height(), size);
                    o[1] = recipe.cropMode().origin(frameCols[(int) index], shape.width(), size);
                }) : provisionalWindows(dataset, conditioner, recipe, scratch);
                reducers.add(windows.capture(shape.width()));
            }
            results = pass.run(new ConditionedPass(conditioner, reducers), rest).results();
        } catch (IOException | CanceledException | RuntimeException | Error e) {
            if (windows != null) {
                windows.close();
            }
            if (e instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e;
        }
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
        return new DatasetAnalysis(new DatasetReference(conditioner, com), keep, entry, windows);
    }

    /**
     * Windows around the crop of a provisional global centre: the median centre of the first (up to)
     * 16 frames, read in one block so that lazily computed scans simulate little extra; widened by
     * {@link #MARGIN} on each side and kept inside the frame.
     */
    private static CropWindows provisionalWindows(Dataset4D dataset, FrameConditioner conditioner,
            PreprocessingRecipe recipe, Path scratch) throws IOException {
        FrameShape shape = conditioner.shape();
        long frames = dataset.frameCount();
        int samples = (int) Math.min(frames, PROVISIONAL_FRAMES);
        int rawPixels = conditioner.rawShape().pixels();
        float[] raw = new float[samples * rawPixels];
        dataset.readFrames(0, samples, raw);
        FrameConditioner.Worker worker = conditioner.newWorker();
        MaskCentroid centroid = new MaskCentroid(recipe.comPercentile());
        double[] centre = new double[2];
        double[] rows = new double[samples];
        double[] cols = new double[samples];
        for (int s = 0; s < samples; s++) {
            worker.condition(raw, s * rawPixels);
            centroid.centre(worker.frame(), worker.offset(), shape.height(), shape.width(), centre);
            rows[s] = centre[0];
            cols[s] = centre[1];
        }
        int size = recipe.cropSize();
        int height = Math.min(shape.height(), size + 2 * MARGIN);
        int width = Math.min(shape.width(), size + 2 * MARGIN);
        int r0 = recipe.cropMode().origin(median(rows), shape.height(), size) - MARGIN;
        int c0 = recipe.cropMode().origin(median(cols), shape.width(), size) - MARGIN;
        int row = Math.max(0, Math.min(shape.height() - height, r0));
        int col = Math.max(0, Math.min(shape.width() - width, c0));
        return CropWindows.create(scratch, (int) frames, height, width, (index, o) -> {
            o[0] = row;
            o[1] = col;
        });
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}

package org.polar4d.core.io;

import java.io.IOException;
import java.util.Optional;

import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameRange;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.label.PolarizationClass;

/**
 * A view of a dataset with {@link Orientation} operations applied, for every format alike. Consecutive
 * output frames that come from consecutive (or reverse-consecutive) source frames are read in one
 * call, so streamed passes stay block-wise.
 */
public final class OrientedDataset implements Dataset4D {

    private final Dataset4D base;
    private final Orientation orientation;
    private final ScanShape scan;
    private final FrameShape frame;
    private final Provenance provenance;
    /** out pixel p = source pixel pixelMap[p]; null when frames are unchanged. */
    private final int[] pixelMap;

    public OrientedDataset(Dataset4D base, Orientation orientation) {
        this.base = base;
        this.orientation = orientation;
        ScanShape s = base.scanShape();
        this.scan = orientation.transposeScan() ? new ScanShape(s.cols(), s.rows()) : s;
        FrameShape f = base.frameShape();
        this.frame = orientation.transposeFrame() ? new FrameShape(f.width(), f.height()) : f;
        this.pixelMap = orientation.changesFrames() ? pixelMap(f, orientation) : null;
        Provenance p = base.provenance();
        for (var e : orientation.asOptions().entrySet()) {
            p = p.withOption(e.getKey(), e.getValue());
        }
        this.provenance = p;
    }

    /** {@code base} itself if the orientation is the identity. */
    public static Dataset4D apply(Dataset4D base, Orientation orientation) {
        return orientation.isIdentity() ? base : new OrientedDataset(base, orientation);
    }

    private static int[] pixelMap(FrameShape src, Orientation o) {
        int h = o.transposeFrame() ? src.width() : src.height();
        int w = o.transposeFrame() ? src.height() : src.width();
        int[] map = new int[h * w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int rr = o.flipFrameY() ? h - 1 - r : r;
                int cc = o.flipFrameX() ? w - 1 - c : c;
                map[r * w + c] = o.transposeFrame() ? cc * src.width() + rr : rr * src.width() + cc;
            }
        }
        return map;
    }

    /** Source frame index of output position {@code index}. */
    long sourceIndex(long index) {
        int r = scan.rowOf(index);
        int c = scan.colOf(index);
        if (orientation.flipScanY()) {
            r = scan.rows() - 1 - r;
        }
        if (orientation.flipScanX()) {
            c = scan.cols() - 1 - c;
        }
        return orientation.transposeScan() ? base.scanShape().index(c, r) : base.scanShape().index(r, c);
    }

    @Override
    public ScanShape scanShape() {
        return scan;
    }

    @Override
    public FrameShape frameShape() {
        return frame;
    }

    @Override
    public ElementType elementType() {
        return base.elementType();
    }

    @Override
    public Calibration calibration() {
        return base.calibration();
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public Optional<PolarizationClass> label() {
        return base.label();
    }

    @Override
    public void readFrames(long first, int count, float[] dst) throws IOException {
        int pixels = frame.pixels();
        forEachRun(first, count, (at, src, n, reversed) -> {
            if (!reversed && pixelMap == null) {
                if (at == 0) {
                    base.readFrames(src, n, dst);
                } else {
                    float[] tmp = scratch(n * pixels);
                    base.readFrames(src, n, tmp);
                    System.arraycopy(tmp, 0, dst, at * pixels, n * pixels);
                }
                return;
            }
            float[] tmp = scratch(n * pixels);
            base.readFrames(src, n, tmp);
            for (int i = 0; i < n; i++) {
                int from = (reversed ? n - 1 - i : i) * pixels;
                int to = (at + i) * pixels;
                if (pixelMap == null) {
                    System.arraycopy(tmp, from, dst, to, pixels);
                } else {
                    for (int p = 0; p < pixels; p++) {
                        dst[to + p] = tmp[from + pixelMap[p]];
                    }
                }
            }
        });
    }

    @Override
    public void readFramesExact(long first, int count, double[] dst) throws IOException {
        int pixels = frame.pixels();
        forEachRun(first, count, (at, src, n, reversed) -> {
            double[] tmp = new double[n * pixels];
            base.readFramesExact(src, n, tmp);
            for (int i = 0; i < n; i++) {
                int from = (reversed ? n - 1 - i : i) * pixels;
                int to = (at + i) * pixels;
                for (int p = 0; p < pixels; p++) {
                    dst[to + p] = tmp[from + (pixelMap == null ? p : pixelMap[p])];
                }
            }
        });
    }

    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[1][0]);

    private static float[] scratch(int n) {
        float[][] h = SCRATCH.get();
        if (h[0].length < n) {
            h[0] = new float[n];
        }
        return h[0];
    }

    @FunctionalInterface
    private interface Run {
        void read(int at, long sourceFirst, int n, boolean reversed) throws IOException;
    }

    /** Splits output frames into runs of ascending or descending consecutive source frames. */
    private void forEachRun(long first, int count, Run run) throws IOException {
        FrameRange.check(first, count, frameCount());
        int i = 0;
        while (i < count) {
            long s0 = sourceIndex(first + i);
            int j = i + 1;
            while (j < count && sourceIndex(first + j) == s0 + (j - i)) {
                j++;
            }
            if (j - i > 1) {
                run.read(i, s0, j - i, false);
            } else {
                while (j < count && sourceIndex(first + j) == s0 - (j - i)) {
                    j++;
                }
                run.read(i, s0 - (j - i - 1), j - i, j - i > 1);
            }
            i = j;
        }
    }

    @Override
    public void close() throws IOException {
        base.close();
    }
}

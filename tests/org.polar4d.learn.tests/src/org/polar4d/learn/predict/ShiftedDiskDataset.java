package org.polar4d.learn.predict;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.Quantity;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.label.PolarizationClass;

/**
 * A dataset generated on the fly, never stored: each frame is a bright disk on a dim background,
 * shifted from the frame centre by {@link #SHIFT} pixels towards the direction of the position's class
 * (label frame: x right, y up). It records the largest number of frames read in one call.
 */
final class ShiftedDiskDataset implements Dataset4D {

    static final double SHIFT = 4;
    private static final double RADIUS = 7;

    private final ScanShape scan;
    private final FrameShape frame;
    private final IntUnaryOperator classAt;
    private final AtomicInteger largestRead = new AtomicInteger();

    /** @param classAt class index of each position index */
    ShiftedDiskDataset(ScanShape scan, FrameShape frame, IntUnaryOperator classAt) {
        this.scan = scan;
        this.frame = frame;
        this.classAt = classAt;
    }

    int largestRead() {
        return largestRead.get();
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
        return ElementType.F32;
    }

    @Override
    public Calibration calibration() {
        return Calibration.NONE.withScanStep(new Quantity(0.4, "nm"));
    }

    @Override
    public Provenance provenance() {
        return Provenance.generated("test", Map.of());
    }

    @Override
    public Optional<PolarizationClass> label() {
        return Optional.of(PolarizationClass.RU);
    }

    @Override
    public void readFrames(long first, int count, float[] dst) {
        largestRead.accumulateAndGet(count, Math::max);
        int h = frame.height();
        int w = frame.width();
        for (int i = 0; i < count; i++) {
            int base = i * h * w;
            java.util.Arrays.fill(dst, base, base + h * w, 1f);
            double t = Math.toRadians(45.0 * classAt.applyAsInt((int) (first + i)));
            double cr = h / 2.0 - SHIFT * Math.sin(t);
            double cc = w / 2.0 + SHIFT * Math.cos(t);
            int r0 = (int) Math.floor(cr - RADIUS);
            int c0 = (int) Math.floor(cc - RADIUS);
            for (int r = r0; r <= r0 + 2 * RADIUS + 1; r++) {
                for (int c = c0; c <= c0 + 2 * RADIUS + 1; c++) {
                    if (Math.hypot(r - cr, c - cc) <= RADIUS) {
                        dst[base + r * w + c] = 20f;
                    }
                }
            }
        }
    }
}

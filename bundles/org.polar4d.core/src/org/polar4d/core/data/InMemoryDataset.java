package org.polar4d.core.data;

import java.util.Objects;
import java.util.Optional;

import org.polar4d.core.label.PolarizationClass;

/** A dataset held in a float32 array, for small scans (simulator output, tests). */
public final class InMemoryDataset implements Dataset4D {

    private final ScanShape scan;
    private final FrameShape frame;
    private final float[] data;
    private final Calibration calibration;
    private final Provenance provenance;
    private final PolarizationClass label;

    /**
     * @param data frames in canonical order; kept, not copied
     * @param label dataset-level label or null
     */
    public InMemoryDataset(ScanShape scan, FrameShape frame, float[] data, Calibration calibration,
            Provenance provenance, PolarizationClass label) {
        this.scan = Objects.requireNonNull(scan);
        this.frame = Objects.requireNonNull(frame);
        if (data.length != scan.positions() * frame.pixels()) {
            throw new IllegalArgumentException("data holds " + data.length + " values, but " + scan + " frames of "
                    + frame + " need " + scan.positions() * frame.pixels());
        }
        this.data = data;
        this.calibration = Objects.requireNonNull(calibration);
        this.provenance = Objects.requireNonNull(provenance);
        this.label = label;
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
        return calibration;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public Optional<PolarizationClass> label() {
        return Optional.ofNullable(label);
    }

    @Override
    public void readFrames(long first, int count, float[] dst) {
        FrameRange.check(first, count, frameCount());
        int n = frame.pixels();
        System.arraycopy(data, (int) (first * n), dst, 0, count * n);
    }

    /** The backing array (canonical order). */
    public float[] data() {
        return data;
    }
}

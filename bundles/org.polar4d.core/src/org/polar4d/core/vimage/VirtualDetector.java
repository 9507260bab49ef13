package org.polar4d.core.vimage;

import org.polar4d.core.pass.FrameReducer;

/**
 * A virtual image: the sum of each frame over a {@link DetectorMask} (bright field with a disk,
 * annular dark field with an annulus). Results go straight into a per-position array.
 */
public final class VirtualDetector implements FrameReducer<Void> {

    private final DetectorMask mask;
    private final ScanMap image;

    public VirtualDetector(String name, DetectorMask mask, int scanRows, int scanCols) {
        this.mask = mask;
        this.image = new ScanMap(name, scanRows, scanCols, new float[scanRows * scanCols]);
    }

    /** The image, complete after the pass. */
    public ScanMap image() {
        return image;
    }

    public DetectorMask mask() {
        return mask;
    }

    @Override
    public Void newPartial() {
        return null;
    }

    @Override
    public void accept(Void partial, long index, float[] frames, int offset) {
        image.values()[(int) index] = (float) mask.integrate(frames, offset);
    }

    @Override
    public Void merge(Void left, Void right) {
        return null;
    }
}

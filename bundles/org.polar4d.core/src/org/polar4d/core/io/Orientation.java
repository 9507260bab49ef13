package org.polar4d.core.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Orientation operations applied on top of a reader's native orientation. Polar4D's convention:
 * frame row 0 is the top of the pattern as stored in the file (first row in file order), scan row 0
 * is the first scan line; readers never flip implicitly.
 *
 * <p>Frame operations are applied in this order: transpose (swap rows and columns), then mirror
 * left-right ({@code flipFrameX}), then mirror top-bottom ({@code flipFrameY}). Scan operations
 * likewise: {@code transposeScan}, then {@code flipScanX} (reverse every scan line), then
 * {@code flipScanY} (reverse the order of the lines).
 */
public record Orientation(boolean transposeFrame, boolean flipFrameX, boolean flipFrameY, boolean transposeScan,
        boolean flipScanX, boolean flipScanY) {

    public static final Orientation NONE = new Orientation(false, false, false, false, false, false);

    /** Mirrors every frame top-bottom: the orientation RosettaSciIO gives MIB frames. */
    public static final Orientation FLIP_FRAME_Y = NONE.withFlipFrameY(true);

    public boolean isIdentity() {
        return equals(NONE);
    }

    public boolean changesFrames() {
        return transposeFrame || flipFrameX || flipFrameY;
    }

    public boolean changesScan() {
        return transposeScan || flipScanX || flipScanY;
    }

    public Orientation withTransposeFrame(boolean v) {
        return new Orientation(v, flipFrameX, flipFrameY, transposeScan, flipScanX, flipScanY);
    }

    public Orientation withFlipFrameX(boolean v) {
        return new Orientation(transposeFrame, v, flipFrameY, transposeScan, flipScanX, flipScanY);
    }

    public Orientation withFlipFrameY(boolean v) {
        return new Orientation(transposeFrame, flipFrameX, v, transposeScan, flipScanX, flipScanY);
    }

    public Orientation withTransposeScan(boolean v) {
        return new Orientation(transposeFrame, flipFrameX, flipFrameY, v, flipScanX, flipScanY);
    }

    public Orientation withFlipScanX(boolean v) {
        return new Orientation(transposeFrame, flipFrameX, flipFrameY, transposeScan, v, flipScanY);
    }

    public Orientation withFlipScanY(boolean v) {
        return new Orientation(transposeFrame, flipFrameX, flipFrameY, transposeScan, flipScanX, v);
    }

    /** The operations that are on, as provenance options (in the order they are applied). */
    public Map<String, String> asOptions() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "transposeFrame", transposeFrame);
        put(m, "flipFrameX", flipFrameX);
        put(m, "flipFrameY", flipFrameY);
        put(m, "transposeScan", transposeScan);
        put(m, "flipScanX", flipScanX);
        put(m, "flipScanY", flipScanY);
        return m;
    }

    private static void put(Map<String, String> m, String key, boolean on) {
        if (on) {
            m.put(key, "true");
        }
    }

    @Override
    public String toString() {
        return isIdentity() ? "none" : String.join(",", asOptions().keySet());
    }
}

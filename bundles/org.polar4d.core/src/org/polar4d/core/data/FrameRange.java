package org.polar4d.core.data;

/** The bounds check of every frame read: {@code count} frames from {@code first} must lie in {@code [0, frames)}. */
public final class FrameRange {

    private FrameRange() {
    }

    /** @throws IndexOutOfBoundsException naming the requested range and the frames available */
    public static void check(long first, int count, long frames) {
        if (first < 0 || count < 0 || first > frames - count) {
            throw new IndexOutOfBoundsException("frames " + first + ".." + (first + count) + " outside 0.." + frames);
        }
    }
}

package org.polar4d.core.sim;

/**
 * Where each detector pixel takes its intensity from. The frame is centred on the optical axis:
 * frame pixel (row, col) sees the frequency index (col − F/2, F/2 − row), i.e. kx grows to the
 * right and ky upwards (row 0 is the top), and the undiffracted beam lands on pixel (F/2, F/2).
 */
final class DetectorFrame {

    private DetectorFrame() {
    }

    /** Frequency index along x of frame column {@code col}. */
    static int freqX(int col, int frame) {
        return col - frame / 2;
    }

    /** Frequency index along y of frame row {@code row}. */
    static int freqY(int row, int frame) {
        return frame / 2 - row;
    }

    /**
     * For every frame pixel the index into a g × g reciprocal grid in FFT order whose pixel equals
     * the detector pixel, or −1 where the frame reaches beyond the grid.
     */
    static int[] sourceIndices(int frame, int g) {
        int[] src = new int[frame * frame];
        for (int row = 0; row < frame; row++) {
            int my = freqY(row, frame);
            for (int col = 0; col < frame; col++) {
                int mx = freqX(col, frame);
                boolean inside = mx >= -g / 2 && mx < g / 2 && my >= -g / 2 && my < g / 2;
                src[row * frame + col] = inside ? Math.floorMod(my, g) * g + Math.floorMod(mx, g) : -1;
            }
        }
        return src;
    }
}

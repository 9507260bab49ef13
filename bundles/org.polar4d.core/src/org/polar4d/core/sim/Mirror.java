package org.polar4d.core.sim;

/**
 * A mirror line through the origin that maps the crystal onto itself, acting on integer frequency
 * indices. A periodic perovskite polarized along θ = 45°·k is symmetric under the mirror along θ
 * (the [001] projection has mirrors along x, y and the diagonals through the A column, and the
 * displacements lie on the mirror line); the exit wave of the plane wave M·k is then the mirror
 * image of the exit wave of k, which halves the PRISM work.
 */
enum Mirror {
    /** y → −y (mirror line along x). */
    ALONG_X,
    /** (x, y) → (y, x) (mirror line along the diagonal). */
    ALONG_DIAGONAL,
    /** x → −x (mirror line along y). */
    ALONG_Y,
    /** (x, y) → (−y, −x) (mirror line along the anti-diagonal). */
    ALONG_ANTIDIAGONAL;

    /** The mirror of a crystal, or null if it has none the simulator can use. */
    static Mirror of(PerovskiteModel model) {
        double steps = model.polarizationDeg() / 45;
        if (!model.isCellPeriodic() || Math.abs(steps - Math.rint(steps)) > 1e-9) {
            return null;
        }
        return values()[Math.floorMod((int) Math.rint(steps), 4)];
    }

    int x(int mx, int my) {
        return switch (this) {
            case ALONG_X -> mx;
            case ALONG_DIAGONAL -> my;
            case ALONG_Y -> -mx;
            case ALONG_ANTIDIAGONAL -> -my;
        };
    }

    int y(int mx, int my) {
        return switch (this) {
            case ALONG_X -> -my;
            case ALONG_DIAGONAL -> mx;
            case ALONG_Y -> my;
            case ALONG_ANTIDIAGONAL -> -mx;
        };
    }
}

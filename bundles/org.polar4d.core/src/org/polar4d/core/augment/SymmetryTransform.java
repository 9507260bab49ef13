package org.polar4d.core.augment;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSet;

/**
 * Label-aware symmetry transforms of the square lattice (not in the paper): a non-identity element
 * of the dihedral group D4 — quarter-turn rotations and/or mirrors — is drawn uniformly from the
 * allowed ones, applied to the pattern, and the label is mapped with it.
 *
 * <p>Convention (the one of {@link PolarizationClass}): the label frame has x to the right and y up,
 * a pattern is shown with row 0 at the top. Rotating the pattern 90° counter-clockwise as shown maps
 * class k to k + 2 (mod 8); mirroring left-right (x → −x) maps θ to 180° − θ, mirroring up-down
 * (y → −y) maps θ to −θ. Transforms act about the pixel (⌊h/2⌋, ⌊w/2⌋), the zero-order position of
 * a centred crop and of the simulator's frames. This assumes the pattern's symmetry follows the
 * polarization (pseudo-cubic [001] zone axis, detector axes along the lattice axes); a test checks it
 * against simulated patterns of the mapped class.
 */
public final class SymmetryTransform implements Augmentation {

    /**
     * One element of D4: first mirror left-right (if {@code mirror}), then rotate by
     * {@code quarterTurns} × 90° counter-clockwise.
     */
    public record Element(int quarterTurns, boolean mirror) {

        public Element {
            quarterTurns = Math.floorMod(quarterTurns, 4);
        }

        public static final Element IDENTITY = new Element(0, false);
        public static final Element MIRROR_LEFT_RIGHT = new Element(0, true);
        /** Rows reversed = left-right mirror followed by a half turn. */
        public static final Element MIRROR_UP_DOWN = new Element(2, true);

        /** The class of a pattern of class {@code label} after this transform. */
        public int mapLabel(int label) {
            if (label == PatternSet.NO_LABEL) {
                return label;
            }
            PolarizationClass c = PolarizationClass.of(label);
            if (mirror) {
                c = c.mirroredLeftRight();
            }
            return c.rotatedQuarterTurns(quarterTurns).index();
        }

        /**
         * Applies the transform to the pattern in place, about the pixel (⌊h/2⌋, ⌊w/2⌋) — where a
         * centred crop puts the zero-order beam. For even sizes the first row and column have no
         * source pixel and repeat their neighbours.
         */
        public void apply(float[] pattern, int offset, int height, int width) {
            if (quarterTurns % 2 == 1 && height != width) {
                throw new IllegalArgumentException("a quarter-turn rotation needs square patterns, got " + height + "x"
                        + width);
            }
            if (quarterTurns == 0 && !mirror) {
                return;
            }
            int cy = height / 2;
            int cx = width / 2;
            float[] src = java.util.Arrays.copyOfRange(pattern, offset, offset + height * width);
            for (int r = 0; r < height; r++) {
                for (int c = 0; c < width; c++) {
                    // displacement (x right, y up) of the target, mapped back: rotate clockwise, then mirror
                    int dx = c - cx;
                    int dy = cy - r;
                    for (int q = 0; q < quarterTurns; q++) {
                        int t = dx;
                        dx = dy;
                        dy = -t;
                    }
                    if (mirror) {
                        dx = -dx;
                    }
                    int sr = Math.max(0, Math.min(height - 1, cy - dy));
                    int sc = Math.max(0, Math.min(width - 1, cx + dx));
                    pattern[offset + r * width + c] = src[sr * width + sc];
                }
            }
        }
    }

    private final Element[] choices;

    /**
     * @param rotations allow 90°, 180° and 270° rotations
     * @param mirrors allow mirrors (with rotations: all mirror axes of D4)
     */
    public SymmetryTransform(boolean rotations, boolean mirrors) {
        List<Element> list = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            for (boolean m : new boolean[] {false, true}) {
                boolean isRotation = !m && q != 0;
                boolean isMirror = m && (rotations || q % 2 == 0);
                if ((rotations && isRotation) || (mirrors && isMirror)) {
                    list.add(new Element(q, m));
                }
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("symmetry transform needs rotations or mirrors");
        }
        this.choices = list.toArray(Element[]::new);
    }

    /** The elements drawn from, each with equal probability. */
    public List<Element> choices() {
        return List.of(choices);
    }

    @Override
    public int apply(float[] pattern, int offset, int height, int width, int label, RandomGenerator random) {
        Element e = choices[random.nextInt(choices.length)];
        e.apply(pattern, offset, height, width);
        return e.mapLabel(label);
    }
}

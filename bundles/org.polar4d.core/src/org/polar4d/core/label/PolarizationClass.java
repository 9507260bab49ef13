package org.polar4d.core.label;

import java.util.Locale;
import java.util.Optional;

/**
 * The 8 in-plane polarization directions of the paper. Class k points at θ = 45°·k in the label
 * frame: x to the right, y up, angles counter-clockwise (in a diffraction image shown with row 0
 * at the top, "up" is towards row 0).
 */
public enum PolarizationClass {
    RM("Right-Mid"), RU("Right-Up"), MU("Mid-Up"), LU("Left-Up"),
    LM("Left-Mid"), LD("Left-Down"), MD("Mid-Down"), RD("Right-Down");

    /** Number of classes. */
    public static final int COUNT = 8;

    /** Vectors shorter than this have no defined direction. */
    public static final double MIN_VECTOR_NORM = 1e-6;

    private final String longName;

    PolarizationClass(String longName) {
        this.longName = longName;
    }

    public int index() {
        return ordinal();
    }

    public String longName() {
        return longName;
    }

    /** Centre angle of the class in degrees, 45·k. */
    public double angleDegrees() {
        return 45.0 * ordinal();
    }

    /** Unit vector (cos θ, sin θ) of the class centre — the regression target. */
    public double[] unitVector() {
        double t = Math.toRadians(angleDegrees());
        return new double[] {Math.cos(t), Math.sin(t)};
    }

    public static PolarizationClass of(int index) {
        if (index < 0 || index >= COUNT) {
            throw new IllegalArgumentException("class index must be 0..7, got " + index);
        }
        return values()[index];
    }

    /** Parses a class id (RM, RU, ...), case-insensitive. */
    public static PolarizationClass parse(String id) {
        try {
            return valueOf(id.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "unknown polarization class '" + id + "'; expected one of RM RU MU LU LM LD MD RD");
        }
    }

    /**
     * The paper's angle-binning rule: class k covers θ ∈ (45k − 22.5°, 45k + 22.5°], class 0 is also
     * closed at −22.5°. Empty for a vector shorter than {@link #MIN_VECTOR_NORM}.
     */
    public static Optional<PolarizationClass> fromVector(double dx, double dy) {
        if (Math.hypot(dx, dy) < MIN_VECTOR_NORM) {
            return Optional.empty();
        }
        return Optional.of(fromAngleDegrees(Math.toDegrees(Math.atan2(dy, dx))));
    }

    /** Binning rule of {@link #fromVector} applied to an angle in degrees (any range). */
    public static PolarizationClass fromAngleDegrees(double theta) {
        double s = ((theta + 22.5) % 360.0 + 360.0) % 360.0;
        if (s <= 45.0) {
            return RM;
        }
        int k = (int) Math.ceil(s / 45.0) - 1;
        return of(Math.min(k, COUNT - 1));
    }

    /** The class after rotating the pattern by {@code quarterTurns} × 90° counter-clockwise. */
    public PolarizationClass rotatedQuarterTurns(int quarterTurns) {
        return of(Math.floorMod(ordinal() + 2 * quarterTurns, COUNT));
    }

    /** The class after mirroring left-right (x → −x): θ → 180° − θ. */
    public PolarizationClass mirroredLeftRight() {
        return of(Math.floorMod(4 - ordinal(), COUNT));
    }

    /** The class after mirroring up-down (y → −y): θ → −θ. */
    public PolarizationClass mirroredUpDown() {
        return of(Math.floorMod(-ordinal(), COUNT));
    }
}

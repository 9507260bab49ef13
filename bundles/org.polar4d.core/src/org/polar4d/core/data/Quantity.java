package org.polar4d.core.data;

/** A calibrated value with its unit, e.g. 0.5 nm or 0.02 1/Å. */
public record Quantity(double value, String unit) {

    public Quantity {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("calibration value must be finite, got " + value);
        }
        unit = unit == null ? "" : unit;
    }

    @Override
    public String toString() {
        return unit.isEmpty() ? Double.toString(value) : value + " " + unit;
    }
}

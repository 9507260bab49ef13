package org.polar4d.core.data;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** A calibrated value with its unit, e.g. 0.5 nm or 0.02 1/Å. */
public record Quantity(double value, String unit) {

    private static final Map<String, Double> METRES = Map.of("m", 1.0, "mm", 1e-3, "µm", 1e-6, "um", 1e-6,
            "μm", 1e-6, "nm", 1e-9, "å", 1e-10, "a", 1e-10, "angstrom", 1e-10, "pm", 1e-12);

    public Quantity {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("calibration value must be finite, got " + value);
        }
        unit = unit == null ? "" : unit;
    }

    /**
     * Metres per unit of a length unit (m, mm, µm/um, nm, Å/A/angstrom, pm; case-insensitive), or
     * empty if {@code unit} is not one of them.
     */
    public static OptionalDouble metresPer(String unit) {
        Double m = unit == null ? null : METRES.get(unit.trim().toLowerCase(Locale.ROOT));
        return m == null ? OptionalDouble.empty() : OptionalDouble.of(m);
    }

    @Override
    public String toString() {
        return unit.isEmpty() ? Double.toString(value) : value + " " + unit;
    }
}

package org.polar4d.core.io.hdf5;

import org.polar4d.core.data.Quantity;

/** Unit spellings of py4DSTEM ({@code A}, {@code A^-1}, {@code pixels}) and their Polar4D equivalents. */
final class Units {

    private static final Quantity PIXELS = new Quantity(1, "pixels");

    private Units() {
    }

    /** A scan step in a unit py4DSTEM knows (nm or A), or 1 pixel if unknown. */
    static Quantity toPy4dstemReal(Quantity q) {
        if (q == null) {
            return PIXELS;
        }
        return switch (q.unit()) {
            case "Å", "A", "angstrom" -> new Quantity(q.value(), "A");
            case "nm" -> q;
            case "µm", "um" -> new Quantity(q.value() * 1000, "nm");
            case "pm" -> new Quantity(q.value() / 100, "A");
            case "m" -> new Quantity(q.value() * 1e9, "nm");
            default -> q;
        };
    }

    /** A reciprocal pixel size in a unit py4DSTEM knows (A^-1 or mrad), or 1 pixel if unknown. */
    static Quantity toPy4dstemReciprocal(Quantity q) {
        if (q == null) {
            return PIXELS;
        }
        return switch (q.unit()) {
            case "1/Å", "1/A", "A^-1", "Å^-1" -> new Quantity(q.value(), "A^-1");
            case "1/nm", "nm^-1" -> new Quantity(q.value() / 10, "A^-1");
            default -> q;
        };
    }

    /** A py4DSTEM unit as Polar4D writes it, or null for pixels (uncalibrated). */
    static String fromPy4dstem(String unit) {
        if (unit == null) {
            return null;
        }
        return switch (unit.trim()) {
            case "", "pixels", "pixel", "px" -> null;
            case "A" -> "Å";
            case "A^-1" -> "1/Å";
            default -> unit.trim();
        };
    }
}

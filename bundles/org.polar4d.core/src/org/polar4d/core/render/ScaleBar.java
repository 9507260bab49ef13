package org.polar4d.core.render;

import java.util.Locale;
import java.util.OptionalDouble;

import org.polar4d.core.data.Quantity;

/**
 * A scale bar for a map whose positions are {@code step} apart: a round length (1, 2 or 5 × 10ⁿ in
 * a readable unit) about a fifth of the map width. Length units known to SI (m, mm, µm, nm, Å, pm)
 * are converted to the unit that keeps the number between 1 and 999 (nm down to 0.1 nm); other units
 * are used as given.
 *
 * @param positions bar length in scan positions (may be fractional)
 * @param label e.g. {@code 5 nm}
 */
public record ScaleBar(double positions, String label) {

    private static final String[] DISPLAY = {"pm", "nm", "µm", "mm", "m"};
    private static final double[] DISPLAY_METRES = {1e-12, 1e-9, 1e-6, 1e-3, 1};

    /** The bar for a map {@code widthPositions} wide, or null if the step is not a positive length. */
    public static ScaleBar of(Quantity step, int widthPositions) {
        if (step == null || !(step.value() > 0)) {
            return null;
        }
        OptionalDouble metresPer = Quantity.metresPer(step.unit());
        double value = step.value();
        String unit = step.unit().trim();
        double target = value * widthPositions / 5;
        if (metresPer.isPresent()) {
            double toMetres = metresPer.getAsDouble();
            double metres = target * toMetres;
            int u = 0;
            while (u + 1 < DISPLAY.length && metres >= DISPLAY_METRES[u + 1]) {
                u++;
            }
            if (u == 0 && metres >= 0.1 * DISPLAY_METRES[1]) {
                u = 1; // 0.5 nm rather than 500 pm
            }
            double nice = NiceNumbers.floor125(metres / DISPLAY_METRES[u]);
            return new ScaleBar(nice * DISPLAY_METRES[u] / (value * toMetres), label(nice, DISPLAY[u]));
        }
        double nice = NiceNumbers.floor125(target);
        return new ScaleBar(nice / value, label(nice, unit));
    }

    private static String label(double v, String unit) {
        String n = NiceNumbers.format(v);
        return unit.isEmpty() ? n : String.format(Locale.ROOT, "%s %s", n, unit);
    }
}

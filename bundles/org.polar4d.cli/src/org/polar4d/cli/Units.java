package org.polar4d.cli;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.polar4d.core.data.Quantity;

/** Parses option values with optional units, e.g. {@code 20nm}, {@code 3.95A}, {@code 24mrad}. */
final class Units {

    private static final Pattern VALUE = Pattern.compile("\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-zA-ZÅµ°]*)\\s*");

    private static final double ANGSTROM = 1e-10;

    private Units() {
    }

    /**
     * A length in Å; units nm, A/Å/angstrom, pm, um/µm; a bare number is in {@code defaultUnit}.
     */
    static double lengthA(String text, String defaultUnit, String option) throws UsageException {
        Matcher m = match(text, option, "a length such as 20nm or 3.95A");
        String unit = m.group(2).isEmpty() ? defaultUnit : m.group(2);
        OptionalDouble metres = Quantity.metresPer(unit);
        if (metres.isEmpty()) {
            throw new UsageException(option + ": unknown length unit '" + unit + "' in '" + text
                    + "'; use nm, A, pm or um");
        }
        return Double.parseDouble(m.group(1)) * (metres.getAsDouble() / ANGSTROM); // ratio exact for nm, Å, µm
    }

    /** An angle in mrad; units mrad, rad, deg; a bare number is in mrad. */
    static double angleMrad(String text, String option) throws UsageException {
        Matcher m = match(text, option, "an angle such as 24mrad");
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "mrad" -> v;
            case "rad" -> v * 1000;
            case "deg", "°" -> Math.toRadians(v) * 1000;
            default -> throw new UsageException(option + ": unknown angle unit '" + m.group(2) + "' in '" + text
                    + "'; use mrad, rad or deg");
        };
    }

    /** A voltage in kV; units kV, V; a bare number is in kV. */
    static double kiloVolts(String text, String option) throws UsageException {
        Matcher m = match(text, option, "a voltage such as 200 or 200kV");
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "kv" -> v;
            case "v" -> v / 1000;
            default -> throw new UsageException(option + ": unknown voltage unit '" + m.group(2) + "'; use kV or V");
        };
    }

    private static Matcher match(String text, String option, String expected) throws UsageException {
        Matcher m = VALUE.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new UsageException(option + " must be " + expected + ", got '" + text + "'");
        }
        return m;
    }
}

package org.polar4d.core.render;

import java.awt.Color;
import java.util.Locale;

import org.polar4d.core.label.PolarizationClass;

/**
 * Colours of the 8 polarization classes in class maps, bar charts and arrows.
 *
 * <ul>
 * <li>{@link #OKABE_ITO} (default): the 8 colours of the Okabe–Ito palette, which stay distinct for
 * the common colour-vision deficiencies. Each class takes the Okabe–Ito colour closest in hue to the
 * paper's: RM reddish purple, RU bluish green, MU sky blue, LU vermillion, LM yellow, LD orange,
 * MD blue, RD black.</li>
 * <li>{@link #PAPER}: the colours of the paper's maps (matplotlib named colours): RM magenta, RU
 * green, MU cyan, LU red, LM yellow, LD orange, MD blue, RD purple.</li>
 * </ul>
 * Positions without a prediction are light grey in both.
 */
public enum ClassPalette {
    OKABE_ITO("okabe-ito", 0xCC79A7, 0x009E73, 0x56B4E9, 0xD55E00, 0xF0E442, 0xE69F00, 0x0072B2, 0x000000),
    PAPER("paper", 0xFF00FF, 0x008000, 0x00FFFF, 0xFF0000, 0xFFFF00, 0xFFA500, 0x0000FF, 0x800080);

    /** Colour of positions without a prediction. */
    public static final Color NO_PREDICTION = new Color(0xD0D0D0);

    private final String id;
    private final Color[] colors;

    ClassPalette(String id, int... rgb) {
        this.id = id;
        this.colors = new Color[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            colors[i] = new Color(rgb[i]);
        }
    }

    public String id() {
        return id;
    }

    public Color color(PolarizationClass c) {
        return colors[c.ordinal()];
    }

    /** Colour of class {@code index}, or {@link #NO_PREDICTION} for −1. */
    public Color color(int index) {
        return index < 0 ? NO_PREDICTION : colors[index];
    }

    /** Parses {@code okabe-ito} or {@code paper}. */
    public static ClassPalette parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ClassPalette p : values()) {
            if (p.id.equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown palette '" + text + "'; expected okabe-ito or paper");
    }
}

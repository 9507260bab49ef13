package org.polar4d.core.sim;

import java.util.Locale;

/** How probe positions are computed. */
public enum SimulationMode {
    /** Every probe position propagated through all slices. */
    MULTISLICE,
    /**
     * PRISM (Ophus 2017): the plane waves inside the probe aperture are propagated once (the
     * S-matrix) and every probe position is a weighted sum of them. With interpolation factor 1 it
     * equals plain multislice up to rounding.
     */
    PRISM;

    public static SimulationMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown simulation mode '" + text + "'; expected multislice or prism");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

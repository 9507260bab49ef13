package org.polar4d.core.sim;

import java.util.LinkedHashMap;
import java.util.Map;

/** What scatters at an atom site: one element, or a weighted average of elements (virtual crystal). */
record Species(Map<Element, Double> weights) {

    Species {
        weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    static Species of(Element e) {
        return new Species(Map.of(e, 1.0));
    }

    /** Fourier transform of the site's projected potential at spatial frequency q (1/Å), V·Å³. */
    double projectedPotentialTransform(double q) {
        double v = 0;
        for (Map.Entry<Element, Double> w : weights.entrySet()) {
            v += w.getValue() * w.getKey().projectedPotentialTransform(q);
        }
        return v;
    }
}

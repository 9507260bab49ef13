package org.polar4d.core.filter;

import java.util.LinkedHashMap;
import java.util.Map;

import org.polar4d.core.PropertyReader;

/**
 * Which patterns of a training pool are dropped before training. Filters select; they never change
 * a pattern, so prediction ignores them and predicts every frame.
 *
 * @param comShift the paper's CoM-magnitude filter (PAPER §6)
 * @param intensityOutliers drop frames whose total intensity is an outlier (robust z-score)
 * @param intensityMaxZ largest |robust z| of a kept frame's total intensity
 */
public record FilterSettings(boolean comShift, boolean intensityOutliers, double intensityMaxZ) {

    public static final String PREFIX = "filter.";

    /** Keep every pattern. */
    public static final FilterSettings NONE = new FilterSettings(false, false, 6.0);

    /** The paper's CoM-magnitude filter only. */
    public static final FilterSettings PAPER = new FilterSettings(true, false, 6.0);

    public FilterSettings {
        if (!(intensityMaxZ > 0)) {
            throw new IllegalArgumentException("intensity outlier limit must be > 0, got " + intensityMaxZ);
        }
    }

    public boolean any() {
        return comShift || intensityOutliers;
    }

    public FilterSettings withComShift(boolean on) {
        return new FilterSettings(on, intensityOutliers, intensityMaxZ);
    }

    public FilterSettings withIntensityOutliers(boolean on, double maxZ) {
        return new FilterSettings(comShift, on, maxZ);
    }

    public Map<String, String> toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(PREFIX + "comShift", Boolean.toString(comShift));
        p.put(PREFIX + "intensityOutliers", Boolean.toString(intensityOutliers));
        p.put(PREFIX + "intensityMaxZ", Double.toString(intensityMaxZ));
        return p;
    }

    /** Reads {@link #toProperties()}; missing keys are off / default. */
    public static FilterSettings fromProperties(Map<String, String> properties) {
        PropertyReader r = new PropertyReader(properties, PREFIX);
        return new FilterSettings(r.bool("comShift", false), r.bool("intensityOutliers", false),
                r.real("intensityMaxZ", NONE.intensityMaxZ));
    }
}

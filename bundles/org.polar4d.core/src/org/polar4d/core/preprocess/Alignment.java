package org.polar4d.core.preprocess;

import java.util.Locale;

/** Which centre a frame is cropped around. */
public enum Alignment {

    /** The dataset's global centre of mass, one centre for every frame (the paper). */
    GLOBAL_COM("global-com"),

    /**
     * Each frame's own central-disk centre (the same percentile-mask rule applied to that frame), so
     * that probe drift or descan does not move the disk inside the crop.
     */
    PER_FRAME("per-frame");

    private final String id;

    Alignment(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Alignment parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Alignment a : values()) {
            if (a.id.equals(t)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown alignment '" + text + "'; expected global-com or per-frame");
    }
}

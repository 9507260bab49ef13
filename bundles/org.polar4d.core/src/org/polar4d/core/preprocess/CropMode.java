package org.polar4d.core.preprocess;

import java.util.Locale;

/** Where the S×S crop of a frame is placed relative to the centre of the central disk. */
public enum CropMode {

    /** Centred on the centre: r0 = clamp(rint(c_y − S/2), 0, h − S), same for columns (default). */
    CENTERED("centered"),

    /**
     * The reference code's defect (PAPER §13, #1), for reproducing its models only: the offset of the
     * centre from the image centre is mirrored, r0 = clamp(rint(h − c_y − S/2), 0, h − S). rint is
     * round-half-even like Python's round.
     */
    REFERENCE_MIRRORED("reference-mirrored");

    private final String id;

    CropMode(String id) {
        this.id = id;
    }

    /** Lower-case id used in recipes and on the command line. */
    public String id() {
        return id;
    }

    /** Parses an id ({@code centered}, {@code reference-mirrored}) or enum name, case-insensitive. */
    public static CropMode parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (CropMode m : values()) {
            if (m.id.equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown crop mode '" + text + "'; expected centered or reference-mirrored");
    }

    /** First row (or column) of a crop of {@code size} pixels around {@code centre} in an axis of {@code extent}. */
    public int origin(double centre, int extent, int size) {
        double c = this == CENTERED ? centre : extent - centre;
        long start = (long) Math.rint(c - size / 2.0);
        return (int) Math.max(0, Math.min(extent - size, start));
    }
}

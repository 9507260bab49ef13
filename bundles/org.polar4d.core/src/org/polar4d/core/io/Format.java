package org.polar4d.core.io;

import java.util.List;
import java.util.Locale;

/** The file formats Polar4D reads (and, for NPY and EMD, writes). */
public enum Format {
    MIB("Quantum Detectors Merlin MIB", List.of("mib", "hdr")),
    EMPAD("EMPAD (.xml + .raw)", List.of("xml", "raw")),
    EMD("py4DSTEM EMD 1.0 (HDF5)", List.of("emd", "h5", "hdf5")),
    ARINA("Dectris Arina NeXus master (HDF5)", List.of("h5")),
    HDF5("HDF5 dataset by path", List.of("h5", "hdf5", "hspy", "nxs")),
    DM4("Gatan Digital Micrograph DM4/DM3", List.of("dm4", "dm3")),
    NPY("NumPy .npy", List.of("npy")),
    BLO("NanoMegas blockfile", List.of("blo")),
    TIFF_FOLDER("folder of TIFF files, one pattern per file", List.of()),
    RAW("raw binary with a user-described layout", List.of("bin", "dat"));

    private final String description;
    private final List<String> extensions;

    Format(String description, List<String> extensions) {
        this.description = description;
        this.extensions = extensions;
    }

    public String description() {
        return description;
    }

    /** File name extensions (lower case, no dot) typical of the format. */
    public List<String> extensions() {
        return extensions;
    }

    /** Lower-case name used on the command line, e.g. {@code tiff-folder}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a format name (case-insensitive; {@code tiff-folder} or {@code TIFF_FOLDER}). */
    public static Format parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (t.equals("TIFF") || t.equals("TIF")) {
            return TIFF_FOLDER;
        }
        if (t.equals("DM3")) {
            return DM4;
        }
        if (t.equals("H5")) {
            return HDF5;
        }
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            StringBuilder known = new StringBuilder();
            for (Format f : values()) {
                known.append(known.length() == 0 ? "" : ", ").append(f.cliName());
            }
            throw new IllegalArgumentException("unknown format '" + text + "'; known: " + known, e);
        }
    }
}

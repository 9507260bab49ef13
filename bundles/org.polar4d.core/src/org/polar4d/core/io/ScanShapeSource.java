package org.polar4d.core.io;

/** Where a dataset's scan shape came from; recorded in the provenance under {@link #PROVENANCE_KEY}. */
public enum ScanShapeSource {
    /** Stored in the data file itself (array shape, header fields). */
    HEADER,
    /** Read from a companion file (MIB .hdr, EMPAD .xml, Arina scan metadata file). */
    SIDECAR,
    /** Given by the user (reader option). */
    USER,
    /** Guessed (timestamps, perfect square, a single line); check it. */
    INFERRED;

    public static final String PROVENANCE_KEY = "scanShapeSource";

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

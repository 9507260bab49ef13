package org.polar4d.learn.model;

import java.util.Locale;

/** The three training paradigms of a network (PAPER §7). */
public enum Head {
    /** 8-way softmax, cross-entropy; prediction by argmax. */
    CLS("cls", 8),
    /** 2 outputs with tanh, MSE to (cos θ, sin θ); prediction by the angle-binning rule. */
    REG("reg", 2),
    /** 128-D embedding, circular soft-target prototype loss; prediction by cosine to class representations. */
    PROTO("proto", 128);

    private final String id;
    private final int outputSize;

    Head(String id, int outputSize) {
        this.id = id;
        this.outputSize = outputSize;
    }

    public String id() {
        return id;
    }

    /** Width of the network output for this head. */
    public int outputSize() {
        return outputSize;
    }

    /** Parses an identifier (case-insensitive). */
    public static Head parse(String id) {
        for (Head h : values()) {
            if (h.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return h;
            }
        }
        throw new IllegalArgumentException("unknown head '" + id + "'; expected cls, reg or proto");
    }
}

package org.polar4d.learn.model;

import java.util.Locale;

/** The four learners of the paper: three network encoders and the PCA-informed kNN baseline. */
public enum Learner {
    CNN("cnn", "custom CNN"), VGG16("vgg16", "VGG16"), RESNET50("resnet50", "ResNet-50"), PCAKNN("pcaknn", "PCA-kNN");

    private final String id;
    private final String displayName;

    Learner(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** Short identifier used on the command line and in archives (cnn, vgg16, resnet50, pcaknn). */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether this learner is a neural network (needs a head). */
    public boolean isNetwork() {
        return this != PCAKNN;
    }

    /** Parses an identifier (case-insensitive). */
    public static Learner parse(String id) {
        for (Learner l : values()) {
            if (l.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown learner '" + id + "'; expected cnn, vgg16, resnet50 or pcaknn");
    }
}

package org.polar4d.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.polar4d.core.label.PolarizationClass;

/**
 * The classes counted as correct for a dataset: its label, or several (the paper accepts RM or RD
 * for the experimental scans 4E and 5E). The first is the primary label — the "true" row of a
 * confusion matrix.
 */
public record AcceptedLabels(List<PolarizationClass> classes) {

    public AcceptedLabels {
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("at least one accepted label is needed");
        }
        classes = List.copyOf(new LinkedHashSet<>(classes));
    }

    public static AcceptedLabels of(PolarizationClass... classes) {
        return new AcceptedLabels(List.of(classes));
    }

    /** Parses {@code RM} or {@code RM,RD} (also {@code RM+RD}, {@code RM|RD}). */
    public static AcceptedLabels parse(String text) {
        List<PolarizationClass> list = new ArrayList<>();
        for (String id : text.split("[,+|/ ]+")) {
            if (!id.isBlank()) {
                list.add(PolarizationClass.parse(id));
            }
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no label given in '" + text + "'; expected e.g. RM or RM,RD");
        }
        return new AcceptedLabels(list);
    }

    public PolarizationClass primary() {
        return classes.get(0);
    }

    public boolean accepts(int classIndex) {
        return classIndex >= 0 && classes.contains(PolarizationClass.of(classIndex));
    }

    /** {@code RM} or {@code RM,RD}. */
    @Override
    public String toString() {
        return classes.stream().map(Enum::name).collect(Collectors.joining(","));
    }
}

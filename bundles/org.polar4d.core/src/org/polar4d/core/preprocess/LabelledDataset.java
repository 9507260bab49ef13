package org.polar4d.core.preprocess;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSet;

/**
 * A dataset going into a pattern set, with its name and the one label all its patterns get
 * (none for prediction data).
 *
 * @param label class of every pattern, or null for unlabelled patterns
 */
public record LabelledDataset(Dataset4D dataset, String name, PolarizationClass label) {

    public LabelledDataset {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(name, "name");
    }

    /** The dataset with its own dataset-level label, if it carries one. */
    public static LabelledDataset of(Dataset4D dataset) {
        return new LabelledDataset(dataset, nameOf(dataset), dataset.label().orElse(null));
    }

    /** The dataset with an explicit label that overrides its own. */
    public static LabelledDataset of(Dataset4D dataset, PolarizationClass label) {
        return new LabelledDataset(dataset, nameOf(dataset), label);
    }

    /** The dataset without label (its own label, if any, is ignored). */
    public static LabelledDataset unlabelled(Dataset4D dataset) {
        return new LabelledDataset(dataset, nameOf(dataset), null);
    }

    public Optional<PolarizationClass> labelValue() {
        return Optional.ofNullable(label);
    }

    /** Label index 0..7 or {@link PatternSet#NO_LABEL}. */
    public int labelIndex() {
        return label == null ? PatternSet.NO_LABEL : label.index();
    }

    /** The first file of the dataset's provenance, else its format. */
    static String nameOf(Dataset4D dataset) {
        return dataset.provenance().files().stream().findFirst().map(Path::getFileName).map(Path::toString)
                .orElse(dataset.provenance().format());
    }
}

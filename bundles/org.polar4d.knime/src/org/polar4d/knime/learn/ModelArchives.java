package org.polar4d.knime.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.polar4d.learn.archive.ModelArchive;
import org.polar4d.learn.archive.ModelArchiveException;
import org.polar4d.learn.model.TrainedModel;
import org.polar4d.learn.train.TrainingRun;
import org.polar4d.knime.port.ModelPortObject;
import org.polar4d.knime.port.ModelPortObjectSpec;

/** A training run ⇄ the Polarization Model port: the port carries the learner's own archive, byte for byte. */
public final class ModelArchives {

    private ModelArchives() {
    }

    public static ModelPortObject toPort(TrainingRun run) throws IOException {
        return new ModelPortObject(spec(run), bytes(run));
    }

    public static TrainingRun fromPort(ModelPortObject port) throws IOException {
        return run(port.archive());
    }

    /** The run's model archive as written by the learner bundle. */
    static byte[] bytes(TrainingRun run) throws IOException {
        Path temp = Files.createTempFile("polar4d-model", ".p4dm");
        try {
            Files.delete(temp); // the archive writer creates the file atomically
            ModelArchive.write(temp, run);
            return Files.readAllBytes(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The run in a model archive. */
    static TrainingRun run(byte[] archive) throws IOException {
        Path temp = Files.createTempFile("polar4d-model", ".p4dm");
        try {
            Files.write(temp, archive);
            return ModelArchive.read(temp);
        } catch (ModelArchiveException e) {
            throw new IOException("The model archive in the port cannot be read: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static ModelPortObjectSpec spec(TrainingRun run) {
        TrainedModel first = run.models().get(0);
        Map<String, String> details = new LinkedHashMap<>(run.settings().asMap());
        details.put("sources", String.join(", ", run.sources()));
        details.put("polar4dVersion", run.polar4dVersion());
        details.put("created", run.created());
        details.putAll(run.augmentation());
        for (TrainedModel m : run.models()) {
            m.metrics().forEach((k, v) -> details.put("seed" + m.seed() + "." + k, v));
        }
        String description = run.models().size() == 1 ? first.describe()
                : first.describe().replaceAll("\\s*seed\\s+\\d+", "") + ", " + run.models().size() + " seeds";
        return new ModelPortObjectSpec(description, run.height(), run.width(), first.classNames(), run.recipe(),
                details);
    }
}

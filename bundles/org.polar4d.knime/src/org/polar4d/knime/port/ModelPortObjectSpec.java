package org.polar4d.knime.port;

import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.polar4d.learn.model.PolarizationModel;

/**
 * Spec of a {@link ModelPortObject}: what the model is (e.g. {@code cnn/proto seed 888}), the pattern size it
 * takes, its classes, the preprocessing recipe it was trained with, and training details (learner settings,
 * validation results).
 */
public final class ModelPortObjectSpec extends Polar4DPortObjectSpec {

    /** Framework serializer; registered in plugin.xml. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<ModelPortObjectSpec> {
    }

    private String description;
    private int inputHeight;
    private int inputWidth;
    private List<String> classNames = List.of();
    private Map<String, String> recipe = Map.of();
    private Map<String, String> details = Map.of();

    /** Framework constructor; do not use. */
    public ModelPortObjectSpec() {
    }

    public ModelPortObjectSpec(String description, int inputHeight, int inputWidth, List<String> classNames,
            Map<String, String> recipe, Map<String, String> details) {
        this.description = description;
        this.inputHeight = inputHeight;
        this.inputWidth = inputWidth;
        this.classNames = List.copyOf(classNames);
        this.recipe = Map.copyOf(recipe);
        this.details = Map.copyOf(details);
    }

    public static ModelPortObjectSpec of(PolarizationModel model, Map<String, String> details) {
        return new ModelPortObjectSpec(model.describe(), model.inputHeight(), model.inputWidth(), model.classNames(),
                model.recipe(), details);
    }

    public String description() {
        return description;
    }

    public int inputHeight() {
        return inputHeight;
    }

    public int inputWidth() {
        return inputWidth;
    }

    public List<String> classNames() {
        return classNames;
    }

    public Map<String, String> recipe() {
        return recipe;
    }

    public Map<String, String> details() {
        return details;
    }

    /** One line, e.g. "cnn/proto seed 888 · 64×64 patterns · 8 classes". */
    @Override
    public String summary() {
        return description + " · " + inputHeight + "×" + inputWidth + " patterns · " + classNames.size() + " classes";
    }

    @Override
    protected void save(ModelContentWO model) {
        model.addString("description", description);
        model.addInt("inputHeight", inputHeight);
        model.addInt("inputWidth", inputWidth);
        model.addStringArray("classNames", classNames.toArray(new String[0]));
        SpecContent.putMap(model, "recipe", recipe);
        SpecContent.putMap(model, "details", details);
    }

    @Override
    protected void load(ModelContentRO model) throws InvalidSettingsException {
        description = model.getString("description");
        inputHeight = model.getInt("inputHeight");
        inputWidth = model.getInt("inputWidth");
        classNames = List.of(model.getStringArray("classNames"));
        recipe = Map.copyOf(SpecContent.getMap(model, "recipe"));
        details = Map.copyOf(SpecContent.getMap(model, "details"));
    }
}

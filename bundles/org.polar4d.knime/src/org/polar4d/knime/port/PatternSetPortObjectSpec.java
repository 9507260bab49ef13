package org.polar4d.knime.port;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSet;

/**
 * Spec of a {@link PatternSetPortObject}: pattern count and size, patterns per class (and unlabelled), the source
 * datasets and the preprocessing recipe.
 */
public final class PatternSetPortObjectSpec extends Polar4DPortObjectSpec {

    /** Framework serializer; registered in plugin.xml. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<PatternSetPortObjectSpec> {
    }

    private int size;
    private int height;
    private int width;
    private int[] classCounts = new int[PolarizationClass.COUNT];
    private int unlabelled;
    private List<String> sources = List.of();
    private Map<String, String> recipe = Map.of();

    /** Framework constructor; do not use. */
    public PatternSetPortObjectSpec() {
    }

    public static PatternSetPortObjectSpec of(PatternSet set) {
        PatternSetPortObjectSpec spec = new PatternSetPortObjectSpec();
        spec.size = set.size();
        spec.height = set.height();
        spec.width = set.width();
        for (int i = 0; i < set.size(); i++) {
            int label = set.label(i);
            if (label >= 0 && label < PolarizationClass.COUNT) {
                spec.classCounts[label]++;
            } else {
                spec.unlabelled++;
            }
        }
        spec.sources = List.copyOf(set.sources());
        spec.recipe = Map.copyOf(set.recipe());
        return spec;
    }

    public int size() {
        return size;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    /** Patterns per class index 0..7. */
    public int[] classCounts() {
        return classCounts.clone();
    }

    public int unlabelled() {
        return unlabelled;
    }

    public List<String> sources() {
        return sources;
    }

    public Map<String, String> recipe() {
        return recipe;
    }

    /** One line, e.g. "12,345 patterns 64×64 from 8 datasets; RM 1,543 · RU 1,544 · ...". */
    @Override
    public String summary() {
        StringBuilder s = new StringBuilder(SpecContent.count(size) + " patterns " + height + "×" + width + " from "
                + sources.size() + (sources.size() == 1 ? " dataset" : " datasets"));
        StringJoiner classes = new StringJoiner(" · ");
        for (PolarizationClass c : PolarizationClass.values()) {
            if (classCounts[c.index()] > 0) {
                classes.add(c.name() + " " + SpecContent.count(classCounts[c.index()]));
            }
        }
        if (unlabelled > 0) {
            classes.add("unlabelled " + SpecContent.count(unlabelled));
        }
        return s.append("; ").append(classes).toString();
    }

    @Override
    protected void save(ModelContentWO model) {
        model.addInt("size", size);
        model.addInt("height", height);
        model.addInt("width", width);
        model.addIntArray("classCounts", classCounts);
        model.addInt("unlabelled", unlabelled);
        model.addStringArray("sources", sources.toArray(new String[0]));
        SpecContent.putMap(model, "recipe", recipe);
    }

    @Override
    protected void load(ModelContentRO model) throws InvalidSettingsException {
        size = model.getInt("size");
        height = model.getInt("height");
        width = model.getInt("width");
        classCounts = model.getIntArray("classCounts");
        if (classCounts.length != PolarizationClass.COUNT) {
            throw new InvalidSettingsException("Pattern set spec: expected " + PolarizationClass.COUNT
                    + " class counts, found " + classCounts.length);
        }
        unlabelled = model.getInt("unlabelled");
        sources = List.of(model.getStringArray("sources"));
        recipe = Map.copyOf(SpecContent.getMap(model, "recipe"));
    }
}

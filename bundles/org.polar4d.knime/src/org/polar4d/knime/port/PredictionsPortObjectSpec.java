package org.polar4d.knime.port;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/** Spec of a {@link PredictionsPortObject}: the names of its prediction tables (models, ensemble). */
public final class PredictionsPortObjectSpec extends Polar4DPortObjectSpec {

    /** Framework serializer; registered in plugin.xml. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<PredictionsPortObjectSpec> {
    }

    private List<String> names = List.of();

    /** Framework constructor; do not use. */
    public PredictionsPortObjectSpec() {
    }

    public PredictionsPortObjectSpec(List<String> names) {
        this.names = List.copyOf(names);
    }

    public List<String> names() {
        return names;
    }

    @Override
    protected void save(ModelContentWO model) {
        model.addStringArray("names", names.toArray(new String[0]));
    }

    @Override
    protected void load(ModelContentRO model) throws InvalidSettingsException {
        names = List.of(model.getStringArray("names"));
    }

    @Override
    public String summary() {
        return names.size() + " prediction table(s): " + String.join(", ", names);
    }
}

package org.polar4d.knime.port;

import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.polar4d.core.augment.AugmentationSettings;

/** Spec of an {@link AugmentationPortObject}: the augmentation settings themselves (known before execution). */
public final class AugmentationPortObjectSpec extends Polar4DPortObjectSpec {

    /** Framework serializer; registered in plugin.xml. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<AugmentationPortObjectSpec> {
    }

    private Map<String, String> properties = Map.of();

    /** Framework constructor; do not use. */
    public AugmentationPortObjectSpec() {
    }

    public AugmentationPortObjectSpec(AugmentationSettings settings) {
        this.properties = Map.copyOf(settings.toProperties());
    }

    public AugmentationSettings settings() {
        return AugmentationSettings.fromProperties(properties);
    }

    @Override
    public String summary() {
        AugmentationSettings s = settings();
        return s.any() ? "augmentation " + properties.entrySet().stream()
                .filter(e -> e.getKey().endsWith(".p") && Double.parseDouble(e.getValue()) > 0)
                .map(e -> e.getKey().substring(AugmentationSettings.PREFIX.length(), e.getKey().length() - 2) + " p="
                        + e.getValue())
                .sorted().reduce((a, b) -> a + ", " + b).orElse("") : "no augmentation";
    }

    @Override
    protected void save(ModelContentWO model) {
        SpecContent.putMap(model, "augmentation", properties);
    }

    @Override
    protected void load(ModelContentRO model) throws InvalidSettingsException {
        properties = Map.copyOf(SpecContent.getMap(model, "augmentation"));
        try {
            settings();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid augmentation settings: " + e.getMessage(), e);
        }
    }
}

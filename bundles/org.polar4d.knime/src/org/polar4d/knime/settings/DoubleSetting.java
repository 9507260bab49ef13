package org.polar4d.knime.settings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;

/** A finite floating-point setting with inclusive bounds. */
public final class DoubleSetting extends Setting<Double> {

    private final double min;
    private final double max;
    private final double step;

    public DoubleSetting(String key, String label, double defaultValue, double min, double max, double step) {
        super(key, label, defaultValue);
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException("bad bounds for " + key);
        }
        this.min = min;
        this.max = max;
        this.step = step;
    }

    @Override
    public void write(ConfigWO settings, Double value) {
        settings.addDouble(key(), value);
    }

    @Override
    public String check(Double value) {
        if (!Double.isFinite(value) || value < min || value > max) {
            return "must be between " + min + " and " + max + ", got " + value;
        }
        return null;
    }

    @Override
    Double readRaw(ConfigRO settings) throws InvalidSettingsException {
        return settings.getDouble(key());
    }

    @Override
    SettingsModel createModel() {
        return new SettingsModelDoubleBounded(key(), defaultValue(), min, max);
    }

    @Override
    DialogComponent createComponent(SettingsModel model) {
        return new DialogComponentNumber((SettingsModelDoubleBounded) model, label(), step);
    }
}

package org.polar4d.knime.settings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;

/** An integer setting with inclusive bounds. */
public final class IntSetting extends Setting<Integer> {

    private final int min;
    private final int max;

    public IntSetting(String key, String label, int defaultValue, int min, int max) {
        super(key, label, defaultValue);
        if (min > max || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("bad bounds for " + key);
        }
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    @Override
    public void write(ConfigWO settings, Integer value) {
        settings.addInt(key(), value);
    }

    @Override
    public String check(Integer value) {
        if (value < min || value > max) {
            return "must be between " + min + " and " + max + ", got " + value;
        }
        return null;
    }

    @Override
    Integer readRaw(ConfigRO settings) throws InvalidSettingsException {
        return settings.getInt(key());
    }

    @Override
    SettingsModel createModel() {
        return new SettingsModelIntegerBounded(key(), defaultValue(), min, max);
    }

    @Override
    DialogComponent createComponent(SettingsModel model) {
        return new DialogComponentNumber((SettingsModelIntegerBounded) model, label(), 1);
    }
}

package org.polar4d.knime.settings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;

/** An on/off setting. */
public final class BooleanSetting extends Setting<Boolean> {

    public BooleanSetting(String key, String label, boolean defaultValue) {
        super(key, label, defaultValue);
    }

    @Override
    public void write(ConfigWO settings, Boolean value) {
        settings.addBoolean(key(), value);
    }

    @Override
    public String check(Boolean value) {
        return null;
    }

    @Override
    Boolean readRaw(ConfigRO settings) throws InvalidSettingsException {
        return settings.getBoolean(key());
    }

    @Override
    SettingsModel createModel() {
        return new SettingsModelBoolean(key(), defaultValue());
    }

    @Override
    DialogComponent createComponent(SettingsModel model) {
        return new DialogComponentBoolean((SettingsModelBoolean) model, label());
    }
}

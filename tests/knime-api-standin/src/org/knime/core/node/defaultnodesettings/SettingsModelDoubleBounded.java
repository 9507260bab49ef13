package org.knime.core.node.defaultnodesettings;

public class SettingsModelDoubleBounded extends SettingsModelDouble {

    public SettingsModelDoubleBounded(final String configName, final double defaultValue, final double minValue,
            final double maxValue) {
        super(configName, defaultValue);
    }
}

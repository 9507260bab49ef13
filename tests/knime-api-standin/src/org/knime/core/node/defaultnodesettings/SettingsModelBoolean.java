package org.knime.core.node.defaultnodesettings;

public class SettingsModelBoolean extends SettingsModel {

    public SettingsModelBoolean(final String configName, final boolean defaultValue) {
    }
}

package org.knime.core.node.defaultnodesettings;

public class SettingsModelString extends SettingsModel {

    public SettingsModelString(final String configName, final String defaultValue) {
    }
}

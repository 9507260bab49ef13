package org.knime.core.node.defaultnodesettings;

public class SettingsModelInteger extends SettingsModelNumber {

    public SettingsModelInteger(final String configName, final int defaultValue) {
    }
}

package org.knime.core.node.defaultnodesettings;

public abstract class SettingsModel {

    public SettingsModel() {
    }
}

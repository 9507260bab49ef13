package org.knime.core.node.defaultnodesettings;

public abstract class DialogComponent {

    public DialogComponent(final SettingsModel model) {
    }
}

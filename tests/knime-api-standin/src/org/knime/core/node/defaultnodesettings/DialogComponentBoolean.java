package org.knime.core.node.defaultnodesettings;

public class DialogComponentBoolean extends DialogComponent {

    public DialogComponentBoolean(final SettingsModelBoolean booleanModel, final String label) {
        super(booleanModel);
    }
}

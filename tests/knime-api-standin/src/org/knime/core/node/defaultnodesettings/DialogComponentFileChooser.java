package org.knime.core.node.defaultnodesettings;

public class DialogComponentFileChooser extends DialogComponent {

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
            final int dialogType, final boolean directoryOnly, final String... validExtensions) {
        super(stringModel);
    }
}

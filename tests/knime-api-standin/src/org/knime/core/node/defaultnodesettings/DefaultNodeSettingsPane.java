package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.NodeDialogPane;

public class DefaultNodeSettingsPane extends NodeDialogPane {

    public DefaultNodeSettingsPane() {
    }

    public void createNewGroup(final String title) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public void closeCurrentGroup() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public void addDialogComponent(final DialogComponent diaC) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}

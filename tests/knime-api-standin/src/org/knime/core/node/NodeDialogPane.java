package org.knime.core.node;

public abstract class NodeDialogPane {

    protected NodeDialogPane() {
    }
}

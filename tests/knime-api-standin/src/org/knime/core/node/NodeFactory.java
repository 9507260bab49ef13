package org.knime.core.node;

public abstract class NodeFactory<T extends NodeModel> {

    protected NodeFactory() {
    }

    public abstract T createNodeModel();

    protected abstract int getNrNodeViews();

    public abstract NodeView<T> createNodeView(final int viewIndex, final T nodeModel);

    protected abstract boolean hasDialog();

    protected abstract NodeDialogPane createNodeDialogPane();
}

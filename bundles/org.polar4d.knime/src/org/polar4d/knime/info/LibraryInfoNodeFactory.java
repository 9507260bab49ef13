package org.polar4d.knime.info;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/** Factory of the "Polar4D Library Info" node. */
public final class LibraryInfoNodeFactory extends NodeFactory<LibraryInfoNodeModel> {

    @Override
    public LibraryInfoNodeModel createNodeModel() {
        return new LibraryInfoNodeModel();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<LibraryInfoNodeModel> createNodeView(int viewIndex, LibraryInfoNodeModel nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return false;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return null;
    }
}

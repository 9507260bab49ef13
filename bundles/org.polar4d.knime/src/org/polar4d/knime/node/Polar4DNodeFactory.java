package org.polar4d.knime.node;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;
import org.polar4d.knime.settings.SchemaDialog;

/** Base of every Polar4D node factory: no views; a dialog generated from the node's settings, if it has any. */
public abstract class Polar4DNodeFactory<M extends Polar4DNodeModel> extends NodeFactory<M> {

    /** The node's name, settings and ports (also read by tests that check the node description). */
    public abstract NodeDefinition definition();

    @Override
    protected final int getNrNodeViews() {
        return 0;
    }

    @Override
    public final NodeView<M> createNodeView(int viewIndex, M nodeModel) {
        return null;
    }

    @Override
    protected final boolean hasDialog() {
        return !definition().settings().settings().isEmpty();
    }

    @Override
    protected final NodeDialogPane createNodeDialogPane() {
        return hasDialog() ? new SchemaDialog(definition().settings()) : null;
    }
}

package org.polar4d.knime.info;

import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.knime.node.EngineCall;
import org.polar4d.knime.node.Polar4DNodeModel;
import org.polar4d.knime.settings.SettingValues;
import org.polar4d.learn.diagnostics.LibraryInfo;

/** Lists Polar4D's library versions and the native backend that is really loaded. */
final class LibraryInfoNodeModel extends Polar4DNodeModel {

    LibraryInfoNodeModel() {
        super(LibraryInfoNodeFactory.DEFINITION);
    }

    private static DataTableSpec spec() {
        return new DataTableSpec(new DataColumnSpecCreator("Component", StringCell.TYPE).createSpec(),
                new DataColumnSpecCreator("Version", StringCell.TYPE).createSpec(),
                new DataColumnSpecCreator("Detail", StringCell.TYPE).createSpec());
    }

    @Override
    protected PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings) {
        return new PortObjectSpec[] {spec()};
    }

    @Override
    protected PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings)
            throws Exception {
        BufferedDataContainer container = exec.createDataContainer(spec());
        int row = 0;
        for (LibraryInfo.Entry e : EngineCall.run("collecting library versions", LibraryInfo::collect)) {
            container.addRowToTable(new DefaultRow(new RowKey("Row" + row++), new StringCell(e.component()),
                    new StringCell(e.version()), new StringCell(e.detail())));
        }
        container.close();
        return new PortObject[] {container.getTable()};
    }
}

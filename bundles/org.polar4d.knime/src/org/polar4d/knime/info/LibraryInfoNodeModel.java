package org.polar4d.knime.info;

import java.io.File;

import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.polar4d.learn.diagnostics.LibraryInfo;

/** Lists Polar4D's library versions and the native backend that is really loaded. */
final class LibraryInfoNodeModel extends NodeModel {

    LibraryInfoNodeModel() {
        super(0, 1);
    }

    private static DataTableSpec spec() {
        return new DataTableSpec(new DataColumnSpecCreator("Component", StringCell.TYPE).createSpec(),
                new DataColumnSpecCreator("Version", StringCell.TYPE).createSpec(),
                new DataColumnSpecCreator("Detail", StringCell.TYPE).createSpec());
    }

    @Override
    protected DataTableSpec[] configure(DataTableSpec[] inSpecs) {
        return new DataTableSpec[] {spec()};
    }

    @Override
    protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
        BufferedDataContainer container = exec.createDataContainer(spec());
        int row = 0;
        for (LibraryInfo.Entry e : LibraryInfo.collect()) {
            container.addRowToTable(new DefaultRow(new RowKey("Row" + row++), new StringCell(e.component()),
                    new StringCell(e.version()), new StringCell(e.detail())));
        }
        container.close();
        return new BufferedDataTable[] {container.getTable()};
    }

    @Override
    protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {
    }

    @Override
    protected void saveSettingsTo(NodeSettingsWO settings) {
    }

    @Override
    protected void validateSettings(NodeSettingsRO settings) {
    }

    @Override
    protected void loadValidatedSettingsFrom(NodeSettingsRO settings) {
    }

    @Override
    protected void reset() {
    }
}

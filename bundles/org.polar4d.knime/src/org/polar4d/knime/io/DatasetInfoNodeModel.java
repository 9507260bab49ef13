package org.polar4d.knime.io;

import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.knime.node.Polar4DNodeModel;
import org.polar4d.knime.port.DatasetPortObject;
import org.polar4d.knime.settings.SettingValues;

/** Lists a dataset's shapes, calibration and provenance as a two-column table. */
final class DatasetInfoNodeModel extends Polar4DNodeModel {

    DatasetInfoNodeModel() {
        super(DatasetInfoNodeFactory.DEFINITION);
    }

    private static DataTableSpec spec() {
        return new DataTableSpec(new DataColumnSpecCreator("Property", StringCell.TYPE).createSpec(),
                new DataColumnSpecCreator("Value", StringCell.TYPE).createSpec());
    }

    @Override
    protected PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings) {
        return new PortObjectSpec[] {spec()};
    }

    @Override
    protected PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings) {
        DatasetPortObject in = (DatasetPortObject) inObjects[0];
        BufferedDataContainer table = exec.createDataContainer(spec());
        int i = 0;
        for (DatasetMetadata.Row r : DatasetMetadata.rows(in.dataset())) {
            table.addRowToTable(new DefaultRow(new RowKey("Row" + i++), new StringCell(r.property()),
                    new StringCell(r.value())));
        }
        table.close();
        return new PortObject[] {table.getTable()};
    }
}

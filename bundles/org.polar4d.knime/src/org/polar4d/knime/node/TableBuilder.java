package org.polar4d.knime.node;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/** Declares a table's columns once and fills it row by row. */
public final class TableBuilder {

    private final List<DataColumnSpec> columns = new ArrayList<>();
    private BufferedDataContainer container;
    private int rows;

    public TableBuilder column(String name, DataType type) {
        columns.add(new DataColumnSpecCreator(name, type).createSpec());
        return this;
    }

    public TableBuilder strings(String... names) {
        for (String n : names) {
            column(n, StringCell.TYPE);
        }
        return this;
    }

    public DataTableSpec spec() {
        return new DataTableSpec(columns.toArray(new DataColumnSpec[0]));
    }

    public TableBuilder open(ExecutionContext exec) {
        container = exec.createDataContainer(spec());
        return this;
    }

    public void add(DataCell... cells) {
        container.addRowToTable(new DefaultRow(new RowKey("Row" + rows++), cells));
    }

    public BufferedDataTable close() {
        container.close();
        return container.getTable();
    }

    public static DataCell text(String s) {
        return s == null ? DataType.getMissingCell() : new StringCell(s);
    }

    public static DataCell number(double v) {
        return Double.isNaN(v) ? DataType.getMissingCell() : new DoubleCell(v);
    }

    public static DataCell integer(long v) {
        return new IntCell(Math.toIntExact(v));
    }
}

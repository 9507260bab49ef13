package org.knime.core.node;

import java.io.File;
import java.io.IOException;

import org.knime.core.data.DataTableSpec;

public abstract class NodeModel {

    protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
    }

    protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
            throws Exception {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    protected abstract void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
            throws IOException, CanceledExecutionException;

    protected abstract void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
            throws IOException, CanceledExecutionException;

    protected abstract void saveSettingsTo(final NodeSettingsWO settings);

    protected abstract void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException;

    protected abstract void reset();

    protected final void setWarningMessage(final String warningMessage) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}

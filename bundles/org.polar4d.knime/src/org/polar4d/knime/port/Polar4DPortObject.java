package org.polar4d.knime.port;

import java.io.IOException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.AbstractPortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;
import org.polar4d.knime.node.KnimeProgress;

/**
 * Base of the Polar4D port objects: keeps the port's spec, summarises the port by it, and bridges KNIME's save and
 * load to the port's KNIME-free content writer and reader. Subclasses keep KNIME's framework constructor, serializer
 * and port types.
 *
 * @param <S> the spec type
 */
public abstract class Polar4DPortObject<S extends Polar4DPortObjectSpec> extends AbstractPortObject {

    private final Class<S> specClass;
    private S spec;

    /** For the framework constructor: the spec arrives with {@link #load}. */
    protected Polar4DPortObject(Class<S> specClass) {
        this.specClass = specClass;
    }

    protected Polar4DPortObject(Class<S> specClass, S spec) {
        this.specClass = specClass;
        this.spec = spec;
    }

    @Override
    public S getSpec() {
        return spec;
    }

    @Override
    public String getSummary() {
        return spec.summary();
    }

    /** Writes what the spec does not hold into the port zip. */
    protected abstract void writeContent(ZipOutputStream out, Progress progress) throws IOException, CanceledException;

    /** Reads what {@link #writeContent} wrote; {@link #getSpec()} already is the loaded spec. */
    protected abstract void readContent(ZipInputStream in) throws IOException;

    @Override
    protected final void save(PortObjectZipOutputStream out, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        try {
            writeContent(out, new KnimeProgress(exec));
        } catch (CanceledException e) {
            throw new CanceledExecutionException(e.getMessage());
        }
    }

    @Override
    protected final void load(PortObjectZipInputStream in, PortObjectSpec loadedSpec, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        spec = specClass.cast(loadedSpec);
        readContent(in);
    }
}

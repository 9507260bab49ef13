package org.polar4d.knime.port;

import java.io.IOException;
import java.util.Map;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.swing.JComponent;

import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;
import org.polar4d.knime.port.DatasetPortContent.Storage;

/**
 * The "4D-STEM Dataset" port: a dataset read from files (saved as a reference to them) or made in the workflow,
 * e.g. simulated (saved with its frames), plus its metadata in the {@link DatasetPortObjectSpec}.
 */
public final class DatasetPortObject extends Polar4DPortObject<DatasetPortObjectSpec> {

    /** Framework serializer; registered in plugin.xml. */
    public static final class Serializer extends AbstractPortObjectSerializer<DatasetPortObject> {
    }

    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(DatasetPortObject.class);

    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(DatasetPortObject.class, true);

    private Dataset4D dataset;
    private Storage storage;
    private Map<String, String> reference = Map.of();

    /** Framework constructor; do not use. */
    public DatasetPortObject() {
        super(DatasetPortObjectSpec.class);
    }

    private DatasetPortObject(Dataset4D dataset, Storage storage, Map<String, String> reference) {
        super(DatasetPortObjectSpec.class, DatasetPortObjectSpec.of(dataset));
        this.dataset = dataset;
        this.storage = storage;
        this.reference = Map.copyOf(reference);
    }

    /**
     * A dataset read from files; a saved workflow keeps only {@code reference} (the reader's location and options)
     * and reads the files again when it is loaded.
     */
    public static DatasetPortObject referencing(Dataset4D fileBacked, Map<String, String> reference) {
        return new DatasetPortObject(fileBacked, Storage.FILES, reference);
    }

    /** A dataset made in the workflow; a saved workflow keeps its frames. */
    public static DatasetPortObject embedding(Dataset4D derived) {
        return new DatasetPortObject(derived, Storage.EMBEDDED, Map.of());
    }

    public Dataset4D dataset() {
        return dataset;
    }

    @Override
    public String getSummary() {
        return getSpec().summary() + (storage == Storage.FILES ? " (files)" : " (stored with the workflow)");
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[] {SummaryView.of("Dataset", getSummary(), getSpec().provenance().toString())};
    }

    @Override
    protected void writeContent(ZipOutputStream out, Progress progress) throws IOException, CanceledException {
        DatasetPortContent.write(out, dataset, storage, reference, progress);
    }

    @Override
    protected void readContent(ZipInputStream in) throws IOException {
        DatasetPortContent.Loaded loaded = DatasetPortContent.read(in, getSpec(), DatasetFiles::reopen);
        dataset = loaded.dataset();
        storage = loaded.storage();
        reference = loaded.reference();
    }
}

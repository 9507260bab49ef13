package org.polar4d.knime.port;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.swing.JComponent;

import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.progress.Progress;

/**
 * The "Polarization Predictions" port: per-position predictions of one scan, one table per model and, for an
 * ensemble, the majority vote — with classes, angles, confidences, agreement, class scores and metadata (dataset,
 * model, seed, label) that the scorer and the map renderer use.
 */
public final class PredictionsPortObject extends Polar4DPortObject<PredictionsPortObjectSpec> {

    /** Framework serializer; registered in plugin.xml. */
    public static final class Serializer extends AbstractPortObjectSerializer<PredictionsPortObject> {
    }

    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(PredictionsPortObject.class);

    private Map<String, PredictionTable> tables = Map.of();

    /** Framework constructor; do not use. */
    public PredictionsPortObject() {
        super(PredictionsPortObjectSpec.class);
    }

    /** @param tables prediction tables by name (e.g. model description, "ensemble"), in display order */
    public PredictionsPortObject(Map<String, PredictionTable> tables) {
        super(PredictionsPortObjectSpec.class, new PredictionsPortObjectSpec(List.copyOf(tables.keySet())));
        this.tables = new LinkedHashMap<>(tables);
    }

    public Map<String, PredictionTable> tables() {
        return tables;
    }

    @Override
    public String getSummary() {
        PredictionTable first = tables.values().iterator().next();
        return tables.size() + " prediction table(s) of a " + first.scanShape() + " scan: "
                + String.join(", ", tables.keySet());
    }

    @Override
    public JComponent[] getViews() {
        StringBuilder s = new StringBuilder();
        tables.forEach((name, t) -> s.append(name).append(": ").append(t.predictedCount()).append(" of ")
                .append(t.positions()).append(" positions predicted; ").append(t.metadata()).append('\n'));
        return new JComponent[] {SummaryView.of("Predictions", getSummary(), s.toString())};
    }

    @Override
    protected void writeContent(ZipOutputStream out, Progress progress) throws IOException {
        PredictionsPortContent.write(out, tables);
    }

    @Override
    protected void readContent(ZipInputStream in) throws IOException {
        tables = PredictionsPortContent.read(in, getSpec().names());
    }
}

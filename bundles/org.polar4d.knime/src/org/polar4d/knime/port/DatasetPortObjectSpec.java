package org.polar4d.knime.port;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.Quantity;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.label.PolarizationClass;

/**
 * Spec of a {@link DatasetPortObject}: scan and frame shape, element type, calibration, provenance (files, format,
 * reader options, details) and the dataset-level label, if any.
 */
public final class DatasetPortObjectSpec extends Polar4DPortObjectSpec {

    /** Framework serializer; registered in plugin.xml. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<DatasetPortObjectSpec> {
    }

    private ScanShape scan;
    private FrameShape frame;
    private ElementType elementType;
    private Calibration calibration;
    private Provenance provenance;
    private PolarizationClass label;

    /** Framework constructor; do not use. */
    public DatasetPortObjectSpec() {
    }

    public DatasetPortObjectSpec(ScanShape scan, FrameShape frame, ElementType elementType, Calibration calibration,
            Provenance provenance, PolarizationClass label) {
        this.scan = scan;
        this.frame = frame;
        this.elementType = elementType;
        this.calibration = calibration;
        this.provenance = provenance;
        this.label = label;
    }

    public static DatasetPortObjectSpec of(Dataset4D d) {
        return new DatasetPortObjectSpec(d.scanShape(), d.frameShape(), d.elementType(), d.calibration(),
                d.provenance(), d.label().orElse(null));
    }

    public ScanShape scanShape() {
        return scan;
    }

    public FrameShape frameShape() {
        return frame;
    }

    public ElementType elementType() {
        return elementType;
    }

    public Calibration calibration() {
        return calibration;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** Dataset-level label or null. */
    public PolarizationClass label() {
        return label;
    }

    /** One line, e.g. "128×128 scan of 256×256 frames (u16), MIB, label RM". */
    @Override
    public String summary() {
        StringJoiner j = new StringJoiner(", ");
        j.add(scan.rows() + "×" + scan.cols() + " scan of " + frame.height() + "×" + frame.width() + " frames ("
                + elementType.shortName() + ")");
        j.add(provenance.format());
        calibration.scanStepValue().ifPresent(q -> j.add("scan step " + q));
        if (label != null) {
            j.add("label " + label.name());
        }
        return j.toString();
    }

    @Override
    protected void save(ModelContentWO model) {
        model.addInt("scanRows", scan.rows());
        model.addInt("scanCols", scan.cols());
        model.addInt("frameHeight", frame.height());
        model.addInt("frameWidth", frame.width());
        model.addString("elementType", elementType.name());
        saveQuantity(model, "scanStep", calibration.scanStep());
        saveQuantity(model, "reciprocalPixel", calibration.reciprocalPixel());
        SpecContent.putOptional(model, "beamEnergyKeV", calibration.beamEnergyKeV());
        SpecContent.putOptional(model, "convergenceSemiAngleMrad", calibration.convergenceSemiAngleMrad());
        SpecContent.putOptional(model, "cameraLengthMm", calibration.cameraLengthMm());
        SpecContent.putOptional(model, "scanRotationDeg", calibration.scanRotationDeg());
        model.addString("format", provenance.format());
        model.addStringArray("files", provenance.files().stream().map(Path::toString).toArray(String[]::new));
        SpecContent.putMap(model, "options", provenance.options());
        SpecContent.putMap(model, "details", provenance.details());
        SpecContent.putOptional(model, "label", label == null ? null : label.name());
    }

    @Override
    protected void load(ModelContentRO model) throws InvalidSettingsException {
        try {
            scan = new ScanShape(model.getInt("scanRows"), model.getInt("scanCols"));
            frame = new FrameShape(model.getInt("frameHeight"), model.getInt("frameWidth"));
            elementType = ElementType.valueOf(model.getString("elementType"));
            calibration = new Calibration(loadQuantity(model, "scanStep"), loadQuantity(model, "reciprocalPixel"),
                    SpecContent.getOptional(model, "beamEnergyKeV"),
                    SpecContent.getOptional(model, "convergenceSemiAngleMrad"),
                    SpecContent.getOptional(model, "cameraLengthMm"), SpecContent.getOptional(model, "scanRotationDeg"));
            List<Path> files = new ArrayList<>();
            for (String f : model.getStringArray("files")) {
                files.add(Path.of(f));
            }
            Map<String, String> options = SpecContent.getMap(model, "options");
            provenance = new Provenance(files, model.getString("format"), options, SpecContent.getMap(model, "details"));
            String l = SpecContent.getOptionalString(model, "label");
            label = l == null ? null : PolarizationClass.parse(l);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid 4D-STEM dataset spec: " + e.getMessage(), e);
        }
    }

    private static void saveQuantity(ModelContentWO model, String key, Quantity q) {
        if (q != null) {
            model.addDouble(key + ".value", q.value());
            model.addString(key + ".unit", q.unit());
        }
    }

    private static Quantity loadQuantity(ModelContentRO model, String key) throws InvalidSettingsException {
        if (!model.containsKey(key + ".value")) {
            return null;
        }
        return new Quantity(model.getDouble(key + ".value"), model.getString(key + ".unit"));
    }
}

package org.polar4d.knime.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;

/** A dataset's metadata as (property, value) rows, in a fixed order. */
final class DatasetMetadata {

    /** One row of the metadata table. */
    record Row(String property, String value) {
    }

    private DatasetMetadata() {
    }

    static List<Row> rows(Dataset4D d) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Scan shape", d.scanShape().toString()));
        rows.add(new Row("Frame shape", d.frameShape().toString()));
        rows.add(new Row("Frames", Long.toString(d.frameCount())));
        rows.add(new Row("Element type", d.elementType().shortName()));
        rows.add(new Row("Data size (bytes)", Long.toString(d.dataBytes())));
        rows.add(new Row("Format", d.provenance().format()));
        rows.add(new Row("Files", d.provenance().files().stream().map(Path::toString)
                .collect(Collectors.joining("; "))));
        Calibration c = d.calibration();
        c.scanStepValue().ifPresent(q -> rows.add(new Row("Scan step", q.toString())));
        c.reciprocalPixelValue().ifPresent(q -> rows.add(new Row("Detector pixel size", q.toString())));
        c.beamEnergy().ifPresent(v -> rows.add(new Row("Beam energy (keV)", Double.toString(v))));
        c.convergenceSemiAngle().ifPresent(v -> rows.add(new Row("Convergence semi-angle (mrad)", Double.toString(v))));
        c.cameraLength().ifPresent(v -> rows.add(new Row("Camera length (mm)", Double.toString(v))));
        c.scanRotation().ifPresent(v -> rows.add(new Row("Scan rotation (deg)", Double.toString(v))));
        d.label().ifPresent(l -> rows.add(new Row("Label", l.name() + " (" + l.longName() + ")")));
        add(rows, "Reader option", d.provenance().options());
        add(rows, "Detail", d.provenance().details());
        return rows;
    }

    private static void add(List<Row> rows, String prefix, Map<String, String> map) {
        map.forEach((k, v) -> rows.add(new Row(prefix + ": " + k, v)));
    }
}

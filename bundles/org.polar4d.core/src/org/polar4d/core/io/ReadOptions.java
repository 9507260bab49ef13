package org.polar4d.core.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.polar4d.core.data.ScanShape;

/**
 * How to open a dataset. Every field is optional; {@link #DEFAULT} detects the format and takes the
 * scan shape from the file.
 *
 * @param format format override (null = detect from content and extension)
 * @param scanShape scan shape override (null = from the file or its companions)
 * @param orientation orientation operations applied after reading
 * @param datasetPath HDF5 dataset path (generic HDF5; also selects the array in EMD files)
 * @param rawLayout layout of a raw binary file (required for {@link Format#RAW})
 * @param syncOffset frames to skip at the start (positive) or blank frames to insert (negative)
 */
public record ReadOptions(Format format, ScanShape scanShape, Orientation orientation, String datasetPath,
        RawLayout rawLayout, long syncOffset) {

    public static final ReadOptions DEFAULT = new ReadOptions(null, null, Orientation.NONE, null, null, 0);

    public ReadOptions {
        Objects.requireNonNull(orientation, "orientation");
    }

    public ReadOptions withFormat(Format f) {
        return new ReadOptions(f, scanShape, orientation, datasetPath, rawLayout, syncOffset);
    }

    public ReadOptions withScanShape(ScanShape s) {
        return new ReadOptions(format, s, orientation, datasetPath, rawLayout, syncOffset);
    }

    public ReadOptions withOrientation(Orientation o) {
        return new ReadOptions(format, scanShape, o, datasetPath, rawLayout, syncOffset);
    }

    public ReadOptions withDatasetPath(String p) {
        return new ReadOptions(format, scanShape, orientation, p, rawLayout, syncOffset);
    }

    public ReadOptions withRawLayout(RawLayout r) {
        return new ReadOptions(format, scanShape, orientation, datasetPath, r, syncOffset);
    }

    public ReadOptions withSyncOffset(long s) {
        return new ReadOptions(format, scanShape, orientation, datasetPath, rawLayout, s);
    }

    /** The options that differ from the defaults, for the provenance. */
    public Map<String, String> asProvenance() {
        Map<String, String> m = new LinkedHashMap<>();
        if (format != null) {
            m.put("format", format.cliName());
        }
        if (scanShape != null) {
            m.put("scanShape", scanShape.toString());
        }
        if (datasetPath != null) {
            m.put("datasetPath", datasetPath);
        }
        if (rawLayout != null) {
            m.put("rawLayout", rawLayout.toString());
        }
        if (syncOffset != 0) {
            m.put("syncOffset", Long.toString(syncOffset));
        }
        m.putAll(orientation.asOptions());
        return m;
    }
}

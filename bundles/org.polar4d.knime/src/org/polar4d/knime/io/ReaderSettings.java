package org.polar4d.knime.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.node.InvalidSettingsException;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.Format;
import org.polar4d.core.io.Orientation;
import org.polar4d.core.io.ReadOptions;
import org.polar4d.knime.node.KnimeFiles;
import org.polar4d.knime.settings.BooleanSetting;
import org.polar4d.knime.settings.IntSetting;
import org.polar4d.knime.settings.Setting;
import org.polar4d.knime.settings.SettingValues;
import org.polar4d.knime.settings.SettingsSchema;
import org.polar4d.knime.settings.StringSetting;

/**
 * Settings of the 4D-STEM Reader and their translation into the engine's {@link ReadOptions}. The same string map
 * ("reference") is stored with a file-backed dataset port, so a saved workflow opens the files again exactly as the
 * reader did.
 */
public final class ReaderSettings {

    static final String AUTO = "auto";

    static final StringSetting FILE = StringSetting.path("file", "Input file", StringSetting.Editor.OPEN_FILE, false,
            ".mib|.hdr", ".npy", ".emd|.h5|.hdf5", ".dm4|.dm3", ".xml", ".blo");
    static final StringSetting FORMAT = StringSetting.choice("format", "Format", AUTO, formatChoices());
    static final StringSetting SCAN_SHAPE = StringSetting.text("scanShape", "Scan shape", "", true,
            ReaderSettings::checkScanShape);
    static final StringSetting DATASET_PATH = StringSetting.text("datasetPath", "HDF5 dataset path", "", true,
            v -> v.startsWith("/") ? null : "must be an absolute HDF5 path such as /data/frames, got '" + v + "'");
    static final IntSetting FRAME_OFFSET = new IntSetting("frameOffset", "Frame offset", 0, -1_000_000, 1_000_000);
    static final BooleanSetting TRANSPOSE_FRAME = new BooleanSetting("transposeFrame", "Transpose frames", false);
    static final BooleanSetting FLIP_FRAME_X = new BooleanSetting("flipFrameX", "Mirror frames left-right", false);
    static final BooleanSetting FLIP_FRAME_Y = new BooleanSetting("flipFrameY", "Mirror frames top-bottom", false);
    static final BooleanSetting TRANSPOSE_SCAN = new BooleanSetting("transposeScan", "Transpose scan", false);
    static final BooleanSetting FLIP_SCAN_X = new BooleanSetting("flipScanX", "Reverse each scan line", false);
    static final BooleanSetting FLIP_SCAN_Y = new BooleanSetting("flipScanY", "Reverse scan line order", false);

    static final SettingsSchema SCHEMA = SettingsSchema.builder()
            .group("File", FILE, FORMAT, SCAN_SHAPE, DATASET_PATH, FRAME_OFFSET)
            .group("Orientation", TRANSPOSE_FRAME, FLIP_FRAME_X, FLIP_FRAME_Y, TRANSPOSE_SCAN, FLIP_SCAN_X, FLIP_SCAN_Y)
            .build();

    private ReaderSettings() {
    }

    private static List<String> formatChoices() {
        List<String> choices = new ArrayList<>(List.of(AUTO));
        for (Format f : Format.values()) {
            if (f != Format.RAW) { // a raw layout cannot be described in this dialog
                choices.add(f.cliName());
            }
        }
        return choices;
    }

    private static String checkScanShape(String text) {
        try {
            ScanShape.parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return "must look like ROWSxCOLS (e.g. 128x128) or be empty, got '" + text + "'";
        }
    }

    /** The settings as a string map (the reference stored with the dataset port). */
    static Map<String, String> reference(SettingValues values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Setting<?> s : SCHEMA.settings()) {
            map.put(s.key(), String.valueOf(values.get(s)));
        }
        return map;
    }

    /** The engine's read options for a reference map. */
    static ReadOptions readOptions(Map<String, String> ref) {
        ReadOptions o = ReadOptions.DEFAULT;
        String format = ref.getOrDefault(FORMAT.key(), AUTO);
        if (!AUTO.equals(format)) {
            o = o.withFormat(Format.parse(format));
        }
        String shape = ref.getOrDefault(SCAN_SHAPE.key(), "");
        if (!shape.isBlank()) {
            o = o.withScanShape(ScanShape.parse(shape));
        }
        String path = ref.getOrDefault(DATASET_PATH.key(), "");
        if (!path.isBlank()) {
            o = o.withDatasetPath(path);
        }
        o = o.withSyncOffset(Long.parseLong(ref.getOrDefault(FRAME_OFFSET.key(), "0")));
        return o.withOrientation(new Orientation(on(ref, TRANSPOSE_FRAME), on(ref, FLIP_FRAME_X), on(ref, FLIP_FRAME_Y),
                on(ref, TRANSPOSE_SCAN), on(ref, FLIP_SCAN_X), on(ref, FLIP_SCAN_Y)));
    }

    private static boolean on(Map<String, String> ref, BooleanSetting s) {
        return Boolean.parseBoolean(ref.getOrDefault(s.key(), "false"));
    }

    /** The local input file of a reference; fails with a message naming the setting. */
    static Path inputFile(Map<String, String> ref) throws InvalidSettingsException {
        Path path = KnimeFiles.resolve(ref.getOrDefault(FILE.key(), ""), FILE.label());
        if (!Files.exists(path)) {
            throw new InvalidSettingsException("Setting '" + FILE.label() + "': " + path + " does not exist");
        }
        return path;
    }

    /** Opens the dataset a reference describes (lazily; frames are read on demand). */
    public static Dataset4D open(Map<String, String> ref) throws IOException {
        Path path;
        try {
            path = inputFile(ref);
        } catch (InvalidSettingsException e) {
            throw new IOException(e.getMessage(), e);
        }
        return DatasetIO.open(path, readOptions(ref));
    }
}

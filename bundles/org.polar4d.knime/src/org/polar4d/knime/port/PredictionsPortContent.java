package org.polar4d.knime.port;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.polar4d.core.predict.PredictionCsv;
import org.polar4d.core.predict.PredictionTable;

/**
 * What a {@link PredictionsPortObject} writes into its port zip (KNIME-free, tested directly): one entry
 * {@code table_<i>.csv} per prediction table, in the engine's prediction CSV format (positions, classes, angles,
 * confidences, scores and metadata), the same files the command line writes.
 */
public final class PredictionsPortContent {

    private PredictionsPortContent() {
    }

    public static void write(ZipOutputStream out, Map<String, PredictionTable> tables) throws IOException {
        Path temp = Files.createTempFile("polar4d-predictions", ".csv");
        try {
            int i = 0;
            for (PredictionTable t : tables.values()) {
                PredictionCsv.write(t, temp);
                out.putNextEntry(new ZipEntry("table_" + i++ + ".csv"));
                Files.copy(temp, out);
                out.closeEntry();
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static Map<String, PredictionTable> read(ZipInputStream in, List<String> names) throws IOException {
        Map<String, PredictionTable> tables = new LinkedHashMap<>();
        Path temp = Files.createTempFile("polar4d-predictions", ".csv");
        try {
            for (int i = 0; i < names.size(); i++) {
                ZipEntry entry = in.getNextEntry();
                if (entry == null || !entry.getName().equals("table_" + i + ".csv")) {
                    throw new IOException("predictions port: expected entry table_" + i + ".csv, found "
                            + (entry == null ? "end of data" : entry.getName()));
                }
                Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                tables.put(names.get(i), PredictionCsv.read(temp));
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return tables;
    }
}

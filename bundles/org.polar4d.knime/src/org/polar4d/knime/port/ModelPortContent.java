package org.polar4d.knime.port;

import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * What a {@link ModelPortObject} writes into its port zip (KNIME-free, tested directly): the learner's complete model
 * archive, unchanged, as entry {@code model.p4dm}. The port is therefore self-contained and KNIME's generic Model
 * Writer / Model Reader nodes round-trip it.
 */
public final class ModelPortContent {

    static final String ARCHIVE_ENTRY = "model.p4dm";

    /** Largest archive a port accepts (the paper's largest network, ResNet-50, is ≈ 100 MB in float32). */
    static final int MAX_ARCHIVE_BYTES = Integer.MAX_VALUE - 8;

    private ModelPortContent() {
    }

    public static void write(ZipOutputStream out, byte[] archive) throws IOException {
        out.putNextEntry(new ZipEntry(ARCHIVE_ENTRY));
        out.write(archive);
        out.closeEntry();
    }

    public static byte[] read(ZipInputStream in) throws IOException {
        ZipEntry entry = in.getNextEntry();
        if (entry == null || !ARCHIVE_ENTRY.equals(entry.getName())) {
            throw new IOException("model port: expected entry " + ARCHIVE_ENTRY + ", found "
                    + (entry == null ? "end of data" : entry.getName()));
        }
        byte[] archive = in.readNBytes(MAX_ARCHIVE_BYTES);
        if (archive.length == 0) {
            throw new IOException("model port: the model archive is empty");
        }
        return archive;
    }
}

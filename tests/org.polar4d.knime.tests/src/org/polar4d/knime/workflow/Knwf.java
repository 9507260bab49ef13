package org.polar4d.knime.workflow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs an exploded workflow directory into a {@code .knwf} (KNIME's workflow export: a zip whose single top folder
 * is the workflow directory), written atomically.
 */
public final class Knwf {

    private Knwf() {
    }

    public static Path pack(Path workflowDir, Path targetDir) throws IOException {
        String name = workflowDir.getFileName().toString();
        Files.createDirectories(targetDir);
        Path target = targetDir.resolve(name + ".knwf");
        Path temp = Files.createTempFile(targetDir, name, ".part");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(workflowDir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream os = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (Path f : files) {
                String entry = name + "/" + workflowDir.relativize(f).toString().replace('\\', '/');
                ZipEntry e = new ZipEntry(entry);
                e.setTime(0);
                zip.putNextEntry(e);
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}

package org.polar4d.core.io.frames;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.polar4d.core.progress.CanceledException;

/**
 * Writes a file atomically: into a hidden temporary file next to the target, then moved over it. On
 * failure or cancellation the temporary file is deleted and the target is left untouched.
 */
public final class AtomicOutput {

    /** The body that writes the content. */
    @FunctionalInterface
    public interface Body {
        void write(FileChannel channel) throws IOException, CanceledException;
    }

    private AtomicOutput() {
    }

    public static void write(Path target, Body body) throws IOException, CanceledException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        boolean done = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                body.write(ch);
                ch.force(false);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}

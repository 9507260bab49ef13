package org.polar4d.core.io.frames;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

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
        Path tmp = newTempFile(target);
        boolean done = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                body.write(ch);
                ch.force(false);
            }
            moveIntoPlace(tmp, target);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * A new empty hidden file next to {@code target} (missing parent folders are created), for a
     * writer that fills it over several calls and then calls {@link #moveIntoPlace}.
     */
    public static Path newTempFile(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        while (true) {
            // not Files.createTempFile: its owner-only permissions would carry over to the result
            Path tmp = dir.resolve("." + target.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }

    /** Replaces {@code target} by the finished temporary file, atomically where the file system can. */
    public static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

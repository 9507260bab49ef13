package org.polar4d.core.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.polar4d.core.io.frames.AtomicOutput;
import org.polar4d.core.progress.CanceledException;

/**
 * Stream-based front of {@link AtomicOutput} for text and image outputs: the content goes to a
 * temporary file next to the target, which then replaces the target in one move. A failed write
 * leaves the target untouched.
 */
public final class AtomicFile {

    /** Writes the content of one output file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code content} to {@code target} atomically, creating missing parent folders. */
    public static void write(Path target, Content content) throws IOException {
        try {
            AtomicOutput.write(target, channel -> {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
            });
        } catch (CanceledException e) {
            throw new IllegalStateException("a plain write cannot be canceled", e);
        }
    }

    /** Writes a UTF-8 text file atomically. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}

package org.polar4d.core.io.frames;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;

/**
 * The frames of a file (or file set) in storage order, before a scan shape is put on them. Reads are
 * thread-safe and lazy.
 */
public interface FrameSource extends Closeable {

    /** Frames available, derived from the file size or array shape. */
    long frameCount();

    FrameShape frameShape();

    /** Element type as stored. */
    ElementType elementType();

    /** The files read (for provenance). */
    List<Path> files();

    /** Decodes frames {@code [first, first+count)} into {@code dst} from {@code offset}, frame after frame. */
    void read(long first, int count, float[] dst, int offset) throws IOException;

    /** Exact variant of {@link #read(long, int, float[], int)}. */
    void readExact(long first, int count, double[] dst, int offset) throws IOException;
}

package org.polar4d.core.io.frames;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameRange;
import org.polar4d.core.data.FrameShape;

/** Several frame sources of the same frame shape and type, one after another (e.g. Arina data files). */
public final class ConcatFrames implements FrameSource {

    private final List<FrameSource> parts;
    private final long[] first;
    private final long total;

    public ConcatFrames(List<FrameSource> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no frame sources");
        }
        this.parts = List.copyOf(parts);
        this.first = new long[parts.size()];
        long n = 0;
        for (int i = 0; i < parts.size(); i++) {
            first[i] = n;
            n += parts.get(i).frameCount();
        }
        this.total = n;
    }

    @Override
    public long frameCount() {
        return total;
    }

    @Override
    public FrameShape frameShape() {
        return parts.get(0).frameShape();
    }

    @Override
    public ElementType elementType() {
        return parts.get(0).elementType();
    }

    @Override
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (FrameSource p : parts) {
            for (Path f : p.files()) {
                if (!files.contains(f)) {
                    files.add(f);
                }
            }
        }
        return files;
    }

    @Override
    public void read(long from, int count, float[] dst, int offset) throws IOException {
        each(from, count, (part, at, n, done) -> part.read(at, n, dst, offset + done * frameShape().pixels()));
    }

    @Override
    public void readExact(long from, int count, double[] dst, int offset) throws IOException {
        each(from, count, (part, at, n, done) -> part.readExact(at, n, dst, offset + done * frameShape().pixels()));
    }

    @FunctionalInterface
    private interface PartRead {
        void read(FrameSource part, long at, int n, int done) throws IOException;
    }

    private void each(long from, int count, PartRead r) throws IOException {
        FrameRange.check(from, count, total);
        int done = 0;
        for (int i = 0; i < parts.size() && done < count; i++) {
            long end = first[i] + parts.get(i).frameCount();
            long at = from + done;
            if (at < end) {
                int n = (int) Math.min(count - done, end - at);
                r.read(parts.get(i), at - first[i], n, done);
                done += n;
            }
        }
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (FrameSource p : parts) {
            try {
                p.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}

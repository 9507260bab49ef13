package org.polar4d.core.io.frames;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameRange;
import org.polar4d.core.data.FrameShape;

/**
 * Frames stored as fixed-size records, one after another, in one or more memory-mapped files: record
 * {@code i} of a segment starts at {@code segment.start + i·recordBytes}; its payload begins
 * {@code payloadOffset} bytes into the record. Covers MIB, EMPAD, BLO, raw, C-order NPY/DM4 and
 * contiguous HDF5 datasets. Payloads are plain elements unless a {@link PayloadDecoder} is given.
 */
public final class RecordFrames implements FrameSource {

    /** A run of records in one file. */
    public record Segment(MappedFile file, long start, long frames) {
    }

    private final List<Segment> segments;
    private final long[] firstFrame;
    private final long frameCount;
    private final long recordBytes;
    private final long payloadOffset;
    private final FrameShape frame;
    private final ElementType type;
    private final ByteOrder order;
    private final PayloadDecoder decoder;

    /**
     * @param decoder null for plain elements of {@code type} in {@code order}
     */
    public RecordFrames(List<Segment> segments, long recordBytes, long payloadOffset, FrameShape frame,
            ElementType type, ByteOrder order, PayloadDecoder decoder) {
        this.segments = List.copyOf(segments);
        this.firstFrame = new long[segments.size()];
        long n = 0;
        for (int i = 0; i < segments.size(); i++) {
            firstFrame[i] = n;
            n += segments.get(i).frames();
        }
        this.frameCount = n;
        this.recordBytes = recordBytes;
        this.payloadOffset = payloadOffset;
        this.frame = frame;
        this.type = type;
        this.order = order;
        this.decoder = decoder;
    }

    /** A single file of plain records. */
    public static RecordFrames single(MappedFile file, long start, long frames, long recordBytes, long payloadOffset,
            FrameShape frame, ElementType type, ByteOrder order) {
        return new RecordFrames(List.of(new Segment(file, start, frames)), recordBytes, payloadOffset, frame, type,
                order, null);
    }

    @Override
    public long frameCount() {
        return frameCount;
    }

    @Override
    public FrameShape frameShape() {
        return frame;
    }

    @Override
    public ElementType elementType() {
        return type;
    }

    @Override
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Segment s : segments) {
            files.add(s.file().path());
        }
        return files;
    }

    @Override
    public void read(long first, int count, float[] dst, int offset) throws IOException {
        readAny(first, count, dst, null, offset);
    }

    @Override
    public void readExact(long first, int count, double[] dst, int offset) throws IOException {
        readAny(first, count, null, dst, offset);
    }

    private void readAny(long first, int count, float[] f, double[] d, int offset) throws IOException {
        FrameRange.check(first, count, frameCount);
        int pixels = frame.pixels();
        long payloadBytes = (long) pixels * type.bytes();
        boolean packed = decoder == null && recordBytes == payloadBytes;
        int done = 0;
        while (done < count) {
            long index = first + done;
            int s = segmentOf(index);
            Segment seg = segments.get(s);
            long inSeg = index - firstFrame[s];
            int run = (int) Math.min(count - done, seg.frames() - inSeg);
            long at = seg.start() + inSeg * recordBytes + payloadOffset;
            int to = offset + done * pixels;
            if (packed) {
                decodePlain(seg.file(), at, (long) run * pixels, f, d, to);
            } else {
                for (int i = 0; i < run; i++) {
                    decodeFrame(seg.file(), at + i * recordBytes, f, d, to + i * pixels);
                }
            }
            done += run;
        }
    }

    private void decodeFrame(MappedFile file, long at, float[] f, double[] d, int to) throws IOException {
        if (decoder == null) {
            decodePlain(file, at, frame.pixels(), f, d, to);
        } else if (f != null) {
            decoder.decode(file.slice(at, decoder.payloadBytes(), ByteOrder.BIG_ENDIAN), f, to);
        } else {
            decoder.decode(file.slice(at, decoder.payloadBytes(), ByteOrder.BIG_ENDIAN), d, to,
                    new float[frame.pixels()]);
        }
    }

    private void decodePlain(MappedFile file, long at, long n, float[] f, double[] d, int to) throws IOException {
        if (f != null) {
            ElementCodec.decode(file, at, type, order, n, f, to);
        } else {
            ElementCodec.decode(file, at, type, order, n, d, to);
        }
    }

    private int segmentOf(long index) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (firstFrame[mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Segment s : segments) {
            try {
                s.file().close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}

package org.polar4d.core.io.frames;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameRange;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.ReadOptions;
import org.polar4d.core.io.ScanShapeSource;

/**
 * A dataset read lazily from files: a {@link FrameSource} with a scan shape put on it. Scan position
 * {@code i} is source frame {@code i + syncOffset}; positions before the first source frame (negative
 * sync offset) read as blank frames.
 */
public final class FileDataset implements Dataset4D {

    private final FrameSource source;
    private final ScanShape scan;
    private final long syncOffset;
    private final Calibration calibration;
    private final Provenance provenance;

    public FileDataset(FrameSource source, ScanShape scan, long syncOffset, Calibration calibration,
            Provenance provenance) {
        this.source = Objects.requireNonNull(source);
        this.scan = Objects.requireNonNull(scan);
        if (scan.positions() + syncOffset > source.frameCount()) {
            throw new IllegalArgumentException("scan " + scan + " with sync offset " + syncOffset + " needs more than "
                    + source.frameCount() + " frames");
        }
        this.syncOffset = syncOffset;
        this.calibration = Objects.requireNonNull(calibration);
        this.provenance = Objects.requireNonNull(provenance);
    }

    /** Builds a dataset with the shape chosen by a {@link ScanResolution}, recording it in the provenance. */
    public static FileDataset of(FrameSource source, ScanResolution scan, long syncOffset, Calibration calibration,
            Provenance provenance) {
        Provenance p = provenance.withDetail(ScanShapeSource.PROVENANCE_KEY, scan.source().label())
                .withDetail("scanShapeOrigin", scan.origin());
        if (!scan.notes().isEmpty()) {
            p = p.withDetail("scanShapeNotes", String.join("; ", scan.notes()));
        }
        return new FileDataset(source, scan.shape(), syncOffset, calibration, p);
    }

    /**
     * Resolves the scan shape (user override, else the first fitting candidate) and builds the dataset;
     * closes {@code source} if that fails.
     */
    public static FileDataset open(FrameSource source, Path file, ReadOptions options,
            List<ScanCandidate> candidates, Calibration calibration, Provenance provenance) throws IOException {
        try {
            ScanResolution scan = ScanResolution.resolve(file, source.frameCount(), options.syncOffset(),
                    options.scanShape(), candidates);
            return of(source, scan, options.syncOffset(), calibration, provenance);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    @Override
    public ScanShape scanShape() {
        return scan;
    }

    @Override
    public FrameShape frameShape() {
        return source.frameShape();
    }

    @Override
    public ElementType elementType() {
        return source.elementType();
    }

    @Override
    public Calibration calibration() {
        return calibration;
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }

    /** Frames in the underlying files (may exceed the scan positions). */
    public long sourceFrames() {
        return source.frameCount();
    }

    @Override
    public void readFrames(long first, int count, float[] dst) throws IOException {
        FrameRange.check(first, count, frameCount());
        int blank = blanks(first, count);
        int pixels = frameShape().pixels();
        Arrays.fill(dst, 0, blank * pixels, 0f);
        if (count > blank) {
            source.read(first + blank + syncOffset, count - blank, dst, blank * pixels);
        }
    }

    @Override
    public void readFramesExact(long first, int count, double[] dst) throws IOException {
        FrameRange.check(first, count, frameCount());
        int blank = blanks(first, count);
        int pixels = frameShape().pixels();
        Arrays.fill(dst, 0, blank * pixels, 0d);
        if (count > blank) {
            source.readExact(first + blank + syncOffset, count - blank, dst, blank * pixels);
        }
    }

    /** Leading positions of the request that lie before the first source frame. */
    private int blanks(long first, int count) {
        long sourceFirst = first + syncOffset;
        return sourceFirst >= 0 ? 0 : (int) Math.min(count, -sourceFirst);
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    @Override
    public String toString() {
        return provenance.format() + " " + scan + " × " + frameShape() + " " + elementType().shortName();
    }
}

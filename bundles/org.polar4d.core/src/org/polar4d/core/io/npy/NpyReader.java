package org.polar4d.core.io.npy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.Format;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.FormatReader;
import org.polar4d.core.io.ReadOptions;
import org.polar4d.core.io.ScanShapeSource;
import org.polar4d.core.io.frames.FileDataset;
import org.polar4d.core.io.frames.FrameSource;
import org.polar4d.core.io.frames.MappedFile;
import org.polar4d.core.io.frames.RecordFrames;
import org.polar4d.core.io.frames.ScanCandidate;
import org.polar4d.core.io.frames.ScanResolution;
import org.polar4d.core.io.frames.StridedFrames;

/**
 * Reads {@code .npy} arrays memory-mapped: 4-D (scanRow, scanCol, frameRow, frameCol), 3-D stacks of
 * frames (scan shape from the options, else a perfect square, else one line) and single 2-D frames,
 * in C or Fortran order, any numeric dtype in either byte order.
 */
public final class NpyReader implements FormatReader {

    @Override
    public Dataset4D open(Path path, ReadOptions options) throws IOException {
        MappedFile file = new MappedFile(path);
        try {
            NpyHeader h = NpyHeader.read(file);
            long[] s = h.shape();
            if (s.length < 2 || s.length > 4) {
                throw new FormatException(path, "header key 'shape'", "a " + s.length
                        + "-D array is not a 4D-STEM dataset (expected 4-D, a 3-D stack of frames or one 2-D frame)");
            }
            for (long d : s) {
                if (d < 1 || d > Integer.MAX_VALUE) {
                    throw new FormatException(path, "header key 'shape'", "dimension " + d + " is out of range");
                }
            }
            long bytes = Math.multiplyExact(h.elements(), (long) h.type().bytes());
            if (bytes > file.size() - h.dataOffset()) {
                throw FormatException.atOffset(path, h.dataOffset(), "shape " + shapeText(s) + " of "
                        + h.type().shortName() + " needs " + bytes + " data bytes, but the file has only "
                        + (file.size() - h.dataOffset()) + " after the header (truncated file?)");
            }
            int n = s.length;
            FrameShape frame = new FrameShape((int) s[n - 2], (int) s[n - 1]);
            long frames = n == 2 ? 1 : n == 3 ? s[0] : s[0] * s[1];
            int cols = (int) (n == 4 ? s[1] : frames);
            FrameSource source = h.fortranOrder() ? fortran(file, h, cols, frames, frame)
                    : RecordFrames.single(file, h.dataOffset(), frames, (long) frame.pixels() * h.type().bytes(), 0,
                            frame, h.type(), h.order());
            List<ScanCandidate> candidates = new ArrayList<>();
            if (n == 4) {
                candidates.add(ScanCandidate.exact(new ScanShape((int) s[0], (int) s[1]), ScanShapeSource.HEADER,
                        "array shape"));
            } else if (n == 2) {
                candidates.add(ScanCandidate.exact(new ScanShape(1, 1), ScanShapeSource.HEADER, "single frame"));
            } else {
                ScanShape square = ScanResolution.squareOf(frames);
                if (square != null) {
                    candidates.add(ScanCandidate.exact(square, ScanShapeSource.INFERRED, "square stack"));
                }
                candidates.add(ScanCandidate.exact(new ScanShape(1, (int) frames), ScanShapeSource.INFERRED,
                        "one scan line"));
            }
            Provenance prov = new Provenance(List.of(path), Format.NPY.cliName(), options.asProvenance(),
                    Map.of("dtype", NpyHeader.descr(h.type(), h.order()), "fortranOrder",
                            Boolean.toString(h.fortranOrder()), "arrayShape", shapeText(s)));
            return FileDataset.open(source, path, options, candidates, Calibration.NONE, prov);
        } catch (ArithmeticException e) {
            file.close();
            throw new FormatException(path, "header key 'shape'", "array size overflows");
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** Fortran order: the first axis varies fastest. */
    private static FrameSource fortran(MappedFile file, NpyHeader h, int cols, long frames, FrameShape frame) {
        long b = h.type().bytes();
        long[] s = h.shape();
        long base = h.dataOffset();
        if (s.length == 4) {
            long a = s[0];
            long ab = a * s[1];
            return new StridedFrames(file, base, cols, frames, b, a * b, ab * b, ab * s[2] * b, frame, h.type(),
                    h.order());
        }
        long nFrames = s.length == 3 ? s[0] : 1;
        return new StridedFrames(file, base, cols, frames, 0, b, nFrames * b, nFrames * frame.height() * b, frame,
                h.type(), h.order());
    }

    static String shapeText(long[] s) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < s.length; i++) {
            b.append(i == 0 ? "" : ", ").append(s[i]);
        }
        return b.append(s.length == 1 ? ",)" : ")").toString();
    }
}

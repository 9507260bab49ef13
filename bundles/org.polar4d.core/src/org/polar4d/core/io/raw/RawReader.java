package org.polar4d.core.io.raw;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.Format;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.FormatReader;
import org.polar4d.core.io.RawLayout;
import org.polar4d.core.io.ReadOptions;
import org.polar4d.core.io.ScanShapeSource;
import org.polar4d.core.io.frames.FileDataset;
import org.polar4d.core.io.frames.MappedFile;
import org.polar4d.core.io.frames.RecordFrames;
import org.polar4d.core.io.frames.ScanCandidate;
import org.polar4d.core.io.frames.ScanResolution;

/**
 * Reads raw binary frames in a user-described {@link RawLayout}. The layout is checked against the file
 * size before anything is read: the file must be exactly the file header plus whole frame records.
 */
public final class RawReader implements FormatReader {

    @Override
    public Dataset4D open(Path path, ReadOptions options) throws IOException {
        RawLayout layout = options.rawLayout();
        if (layout == null) {
            throw new FormatException(path, "raw layout", "reading raw binary needs a layout (data type, byte order,"
                    + " frame shape, offsets); none was given");
        }
        MappedFile file = new MappedFile(path);
        try {
            long record = layout.recordBytes();
            long body = file.size() - layout.fileHeader();
            if (body < record || body % record != 0) {
                long frames = Math.max(0, body / record);
                throw new FormatException(path, "raw layout (" + layout + ")", "file size " + file.size()
                        + " is not file header " + layout.fileHeader() + " + whole frames of " + record
                        + " bytes: " + frames + " frames need " + (layout.fileHeader() + frames * record)
                        + ", " + (frames + 1) + " frames need " + (layout.fileHeader() + (frames + 1) * record)
                        + " bytes");
            }
            long frames = body / record;
            RecordFrames source = RecordFrames.single(file, layout.fileHeader(), frames, record, layout.frameHeader(),
                    layout.frame(), layout.type(), layout.order());
            List<ScanCandidate> candidates = new ArrayList<>();
            ScanShape square = ScanResolution.squareOf(frames);
            if (square != null) {
                candidates.add(ScanCandidate.exact(square, ScanShapeSource.INFERRED, "square"));
            }
            if (frames <= Integer.MAX_VALUE) {
                candidates.add(ScanCandidate.exact(new ScanShape(1, (int) frames), ScanShapeSource.INFERRED,
                        "one scan line"));
            }
            Provenance prov = new Provenance(List.of(path), Format.RAW.cliName(), options.asProvenance(),
                    Map.of("layout", layout.toString()));
            return FileDataset.open(source, path, options, candidates, Calibration.NONE, prov);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }
}

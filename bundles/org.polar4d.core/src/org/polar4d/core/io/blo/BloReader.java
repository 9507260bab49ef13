package org.polar4d.core.io.blo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.Quantity;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.Format;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.FormatReader;
import org.polar4d.core.io.ReadOptions;
import org.polar4d.core.io.ScanShapeSource;
import org.polar4d.core.io.frames.FileDataset;
import org.polar4d.core.io.frames.MappedFile;
import org.polar4d.core.io.frames.RecordFrames;
import org.polar4d.core.io.frames.ScanCandidate;

/**
 * Reads NanoMegas ASTAR/TopSpin blockfiles ({@code .blo}): a little-endian header, a virtual
 * bright-field image (not returned) and NX·NY uint8 patterns, each after a 6-byte preamble
 * ({@code AA 55} + frame number). Scan shape (NY, NX) and step, beam energy, camera length and scan
 * rotation come from the header.
 */
public final class BloReader implements FormatReader {

    static final int HEADER = 0x3c;
    static final int PREAMBLE = 6;

    @Override
    public Dataset4D open(Path path, ReadOptions options) throws IOException {
        MappedFile file = new MappedFile(path);
        try {
            if (file.size() < HEADER || !new String(file.bytes(0, 6), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .equals("IMGBLO")) {
                throw FormatException.atOffset(path, 0, "not a NanoMegas blockfile (expected 'IMGBLO')");
            }
            ByteBuffer h = file.slice(0, HEADER, ByteOrder.LITTLE_ENDIAN);
            long offset2 = h.getInt(12) & 0xFFFFFFFFL;
            int dp = h.getShort(20) & 0xFFFF;
            int nx = h.getShort(24) & 0xFFFF;
            int ny = h.getShort(26) & 0xFFFF;
            if (dp < 1 || nx < 1 || ny < 1) {
                throw FormatException.atOffset(path, dp < 1 ? 20 : 24, "pattern size " + dp + " or scan size " + nx
                        + "x" + ny + " is zero");
            }
            long record = PREAMBLE + (long) dp * dp;
            long frames = (long) nx * ny;
            long needed = offset2 + frames * record;
            if (offset2 < HEADER || needed > file.size()) {
                throw FormatException.atOffset(path, 12, "Data_offset_2 = " + offset2 + " + " + nx + "x" + ny
                        + " patterns of " + dp + "x" + dp + " (+6-byte preambles) need " + needed
                        + " bytes, but the file has " + file.size() + " (truncated?)");
            }
            checkPreamble(path, file, offset2);
            checkPreamble(path, file, offset2 + (frames - 1) * record);
            RecordFrames source = RecordFrames.single(file, offset2, frames, record, PREAMBLE, new FrameShape(dp, dp),
                    ElementType.U8, ByteOrder.LITTLE_ENDIAN);
            double sx = h.getDouble(30);
            double sy = h.getDouble(38);
            long energyV = h.getInt(46) & 0xFFFFFFFFL;
            int sdp = h.getShort(50) & 0xFFFF;
            long cameraLength = h.getInt(52) & 0xFFFFFFFFL;
            int scanRotation = h.getShort(28) & 0xFFFF;
            Calibration cal = Calibration.NONE.withBeamEnergyKeV(energyV / 1000.0).withCameraLengthMm(cameraLength / 10.0)
                    .withScanRotationDeg(scanRotation / 100.0);
            if (Double.isFinite(sx) && sx > 0) {
                cal = cal.withScanStep(new Quantity(sx, "nm"));
            }
            Map<String, String> details = new LinkedHashMap<>();
            details.put("scanStepXY", String.format(Locale.ROOT, "%s nm, %s nm", sx, sy));
            if (sdp > 0) {
                details.put("detectorPixelSize", (100.0 / sdp) + " cm");
            }
            details.put("dpRotation", Integer.toString(h.getShort(22) & 0xFFFF));
            details.put("virtualImageOffset", Long.toString(h.getInt(8) & 0xFFFFFFFFL));
            Provenance prov = new Provenance(List.of(path), Format.BLO.cliName(), options.asProvenance(), details);
            ScanCandidate header = ScanCandidate.exact(new ScanShape(ny, nx), ScanShapeSource.HEADER, "header NX/NY");
            return FileDataset.open(source, path, options, List.of(header), cal, prov);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private static void checkPreamble(Path path, MappedFile file, long at) throws IOException {
        ByteBuffer p = file.slice(at, PREAMBLE, ByteOrder.LITTLE_ENDIAN);
        if ((p.get(0) & 0xFF) != 0xAA || (p.get(1) & 0xFF) != 0x55) {
            throw FormatException.atOffset(path, at, "frame preamble is not 'AA 55'");
        }
    }
}

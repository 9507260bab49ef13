package org.polar4d.cli;

import java.nio.ByteOrder;
import java.util.Locale;

import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.Format;
import org.polar4d.core.io.Orientation;
import org.polar4d.core.io.RawLayout;
import org.polar4d.core.io.ReadOptions;

import picocli.CommandLine.Option;

/** Reader options shared by the commands that open datasets; mix in with {@code @Mixin ReaderOptions reader;}. */
public final class ReaderOptions {

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Format override: mib, empad, emd, arina, hdf5, dm4, npy, blo, tiff-folder, raw "
                    + "(default: detected from content and extension).")
    String format;

    @Option(names = "--scan", paramLabel = "ROWSxCOLS", description = "Scan shape override, e.g. 128x128.")
    String scan;

    @Option(names = "--dataset", paramLabel = "PATH", description = "HDF5 dataset path, e.g. /entry/data/data.")
    String dataset;

    @Option(names = "--sync-offset", paramLabel = "N",
            description = "Skip N leading frames (negative: insert -N blank frames).")
    long syncOffset;

    @Option(names = "--flip-frame-x", description = "Mirror every frame left-right.")
    boolean flipFrameX;

    @Option(names = "--flip-frame-y", description = "Mirror every frame top-bottom (RosettaSciIO's MIB orientation).")
    boolean flipFrameY;

    @Option(names = "--transpose-frame", description = "Swap frame rows and columns (applied before the flips).")
    boolean transposeFrame;

    @Option(names = "--flip-scan-x", description = "Reverse every scan line.")
    boolean flipScanX;

    @Option(names = "--flip-scan-y", description = "Reverse the order of the scan lines.")
    boolean flipScanY;

    @Option(names = "--transpose-scan", description = "Swap scan rows and columns (applied before the flips).")
    boolean transposeScan;

    @Option(names = "--raw-dtype", paramLabel = "TYPE", description = "Raw layout: u8, i8, u16, i16, u32, i32, u64, "
            + "i64, f32, f64.")
    String rawType;

    @Option(names = "--raw-endian", paramLabel = "little|big", description = "Raw layout: byte order (default little).")
    String rawEndian;

    @Option(names = "--raw-frame", paramLabel = "HxW", description = "Raw layout: frame height x width, e.g. 256x256.")
    String rawFrame;

    @Option(names = "--raw-offset", paramLabel = "BYTES", description = "Raw layout: file header bytes (default 0).")
    long rawOffset;

    @Option(names = "--raw-frame-header", paramLabel = "BYTES", description = "Raw layout: bytes before every frame.")
    int rawFrameHeader;

    @Option(names = "--raw-frame-footer", paramLabel = "BYTES", description = "Raw layout: bytes after every frame.")
    int rawFrameFooter;

    /** The options as the engine takes them; bad values are usage errors. */
    public ReadOptions toReadOptions() throws UsageException {
        ReadOptions o = ReadOptions.DEFAULT.withSyncOffset(syncOffset).withDatasetPath(dataset)
                .withOrientation(new Orientation(transposeFrame, flipFrameX, flipFrameY, transposeScan, flipScanX,
                        flipScanY));
        try {
            if (format != null) {
                o = o.withFormat(Format.parse(format));
            }
            if (scan != null) {
                o = o.withScanShape(ScanShape.parse(scan));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        RawLayout raw = rawLayout();
        if (raw != null) {
            o = o.withRawLayout(raw);
        }
        return o;
    }

    private RawLayout rawLayout() throws UsageException {
        boolean any = rawType != null || rawEndian != null || rawFrame != null || rawOffset != 0 || rawFrameHeader != 0
                || rawFrameFooter != 0;
        if (!any) {
            return null;
        }
        if (rawType == null || rawFrame == null) {
            throw new UsageException("a raw layout needs at least --raw-dtype and --raw-frame");
        }
        ElementType type;
        try {
            type = ElementType.valueOf(rawType.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--raw-dtype must be one of u8, i8, u16, i16, u32, i32, u64, i64, f32, f64; got '"
                    + rawType + "'");
        }
        ByteOrder order;
        String endian = rawEndian == null ? "little" : rawEndian.trim().toLowerCase(Locale.ROOT);
        if (endian.equals("little") || endian.equals("le")) {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (endian.equals("big") || endian.equals("be")) {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            throw new UsageException("--raw-endian must be little or big, got '" + rawEndian + "'");
        }
        try {
            ScanShape f = ScanShape.parse(rawFrame);
            return new RawLayout(rawOffset, rawFrameHeader, rawFrameFooter, type, order, new FrameShape(f.rows(), f.cols()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--raw-frame / raw offsets: " + e.getMessage().replace("scan shape", "frame shape"));
        }
    }
}

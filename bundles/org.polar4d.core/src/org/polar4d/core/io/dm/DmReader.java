package org.polar4d.core.io.dm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.polar4d.core.io.frames.FrameSource;
import org.polar4d.core.io.frames.MappedFile;
import org.polar4d.core.io.frames.RecordFrames;
import org.polar4d.core.io.frames.ScanCandidate;
import org.polar4d.core.io.frames.ScanResolution;
import org.polar4d.core.io.frames.StridedFrames;

/**
 * Reads 4-D (and 3-D stack) images of Gatan DM4/DM3 files memory-mapped from the data offset. The first
 * 4-D image of {@code ImageList} is used (else the first 3-D one). Dimensions are listed fastest axis
 * first. New-style STEMx files ({@code ImageTags/Meta Data/Data Order Swapped = 1}) are C-ordered:
 * Dimensions = [detX, detY, scanX, scanY]. Older files without that tag store the legacy transposed
 * (signal-major) order: Dimensions = [scanX, scanY, detX, detY], every detector pixel's scan image
 * contiguous; such files are read by gathering each pixel's run of scan positions.
 */
public final class DmReader implements FormatReader {

    @Override
    public Dataset4D open(Path path, ReadOptions options) throws IOException {
        MappedFile file = new MappedFile(path);
        try {
            DmTags tags = DmTags.read(file);
            String image = chooseImage(path, tags);
            String data = image + "/ImageData";
            long[] dims = dimensions(tags, data);
            ElementType type = imageType(path, tags, data);
            DmTags.Tag payload = tags.get(data + "/Data");
            if (payload == null || !payload.isArray()) {
                throw new FormatException(path, data + "/Data", "missing image data array");
            }
            long elements = 1;
            for (long d : dims) {
                elements = Math.multiplyExact(elements, d);
            }
            long expected = Math.multiplyExact(elements, (long) type.bytes());
            long stored = payload.count() * elementSize(payload.type());
            if (stored != expected) {
                throw FormatException.atOffset(path, payload.offset(), data + "/Data holds " + stored + " bytes, but "
                        + "Dimensions " + java.util.Arrays.toString(dims) + " of " + type.shortName() + " need " + expected);
            }
            Double swapped = tags.number(image + "/ImageTags/Meta Data/Data Order Swapped");
            boolean cOrder = dims.length == 3 || (swapped != null && swapped != 0);
            FrameSource source;
            List<ScanCandidate> candidates = new ArrayList<>();
            int b = type.bytes();
            long base = payload.offset();
            if (dims.length == 4 && cOrder) {
                FrameShape frame = frame(path, dims[1], dims[0]);
                source = RecordFrames.single(file, base, dims[2] * dims[3], (long) frame.pixels() * b, 0, frame, type,
                        tags.order());
                candidates.add(ScanCandidate.exact(scan(path, dims[3], dims[2]), ScanShapeSource.HEADER, "Dimensions"));
            } else if (dims.length == 4) {
                FrameShape frame = frame(path, dims[3], dims[2]);
                long scanPixels = dims[0] * dims[1];
                source = new StridedFrames(file, base, (int) dims[0], scanPixels, dims[0] * b, b, dims[2] * scanPixels * b,
                        scanPixels * b, frame, type, tags.order());
                candidates.add(ScanCandidate.exact(scan(path, dims[1], dims[0]), ScanShapeSource.HEADER, "Dimensions"));
            } else {
                FrameShape frame = frame(path, dims[1], dims[0]);
                source = RecordFrames.single(file, base, dims[2], (long) frame.pixels() * b, 0, frame, type,
                        tags.order());
                ScanShape square = ScanResolution.squareOf(dims[2]);
                if (square != null) {
                    candidates.add(ScanCandidate.exact(square, ScanShapeSource.INFERRED, "square stack"));
                }
                candidates.add(ScanCandidate.exact(new ScanShape(1, (int) dims[2]), ScanShapeSource.INFERRED,
                        "one scan line"));
            }
            Map<String, String> details = new LinkedHashMap<>();
            details.put("image", image);
            details.put("dimensions", java.util.Arrays.toString(dims));
            details.put("dataOrder", dims.length == 3 ? "stack" : cOrder ? "C (Data Order Swapped)" : "legacy transposed");
            details.put("byteOrder", tags.order().toString());
            Provenance prov = new Provenance(List.of(path), Format.DM4.cliName(), options.asProvenance(), details);
            Calibration cal = calibration(tags, image, dims.length, cOrder);
            return FileDataset.open(source, path, options, candidates, cal, prov);
        } catch (ArithmeticException e) {
            file.close();
            throw new FormatException(path, "ImageData/Dimensions", "image size overflows");
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** The first 4-D image of the ImageList, else the first 3-D image. */
    private static String chooseImage(Path path, DmTags tags) throws FormatException {
        String threeD = null;
        for (int i = 0; tags.get("ImageList/" + i + "/ImageData/DataType") != null
                || tags.get("ImageList/" + i + "/ImageData/Dimensions/0") != null; i++) {
            String image = "ImageList/" + i;
            int rank = 0;
            while (tags.get(image + "/ImageData/Dimensions/" + rank) != null) {
                rank++;
            }
            if (rank == 4) {
                return image;
            }
            if (rank == 3 && threeD == null) {
                threeD = image;
            }
        }
        if (threeD == null) {
            throw new FormatException(path, "ImageList", "no 4-D (or 3-D stack) image found; only 2-D images or none");
        }
        return threeD;
    }

    private static long[] dimensions(DmTags tags, String data) throws FormatException {
        List<Long> dims = new ArrayList<>();
        for (int i = 0; tags.get(data + "/Dimensions/" + i) != null; i++) {
            Double v = tags.number(data + "/Dimensions/" + i);
            if (v == null || v < 1 || v > Integer.MAX_VALUE) {
                throw new FormatException(null, data + "/Dimensions/" + i, "invalid dimension " + v);
            }
            dims.add(v.longValue());
        }
        return dims.stream().mapToLong(Long::longValue).toArray();
    }

    private static ElementType imageType(Path path, DmTags tags, String data) throws FormatException {
        Double code = tags.number(data + "/DataType");
        if (code == null) {
            throw new FormatException(path, data + "/DataType", "missing");
        }
        return switch (code.intValue()) {
            case 1 -> ElementType.I16;
            case 2 -> ElementType.F32;
            case 6, 14 -> ElementType.U8;
            case 7 -> ElementType.I32;
            case 9 -> ElementType.I8;
            case 10 -> ElementType.U16;
            case 11 -> ElementType.U32;
            case 12 -> ElementType.F64;
            default -> throw new FormatException(path, data + "/DataType", "unsupported image data type " + code.intValue()
                    + " (complex and RGB images are not diffraction data)");
        };
    }

    private static long elementSize(int tagType) {
        return switch (tagType) {
            case 2, 4 -> 2;
            case 3, 5, 6 -> 4;
            case 7, 11, 12 -> 8;
            case 8, 9, 10 -> 1;
            default -> -1;
        };
    }

    private static FrameShape frame(Path path, long height, long width) throws FormatException {
        if ((long) height * width > Integer.MAX_VALUE) {
            throw new FormatException(path, "ImageData/Dimensions", "frame " + height + "x" + width + " is too large");
        }
        return new FrameShape((int) height, (int) width);
    }

    private static ScanShape scan(Path path, long rows, long cols) throws FormatException {
        if (rows > Integer.MAX_VALUE || cols > Integer.MAX_VALUE) {
            throw new FormatException(path, "ImageData/Dimensions", "scan " + rows + "x" + cols + " is too large");
        }
        return new ScanShape((int) rows, (int) cols);
    }

    private static Calibration calibration(DmTags tags, String image, int rank, boolean cOrder) {
        String dims = image + "/ImageData/Calibrations/Dimension/";
        int scanAxis = rank == 4 && cOrder ? 2 : 0;
        int detAxis = rank == 4 && cOrder ? 0 : rank == 4 ? 2 : 0;
        Calibration c = Calibration.NONE;
        Quantity scan = rank == 4 ? axis(tags, dims + scanAxis) : null;
        if (scan != null) {
            c = c.withScanStep(scan);
        }
        Quantity det = axis(tags, dims + detAxis);
        if (det != null) {
            c = c.withReciprocalPixel(det);
        }
        String info = image + "/ImageTags/Microscope Info/";
        Double voltage = tags.number(info + "Voltage");
        if (voltage != null && voltage > 0) {
            c = c.withBeamEnergyKeV(voltage / 1000);
        }
        Double length = tags.number(info + "STEM Camera Length");
        if (length != null && length > 0) {
            c = c.withCameraLengthMm(length);
        }
        return c;
    }

    private static Quantity axis(DmTags tags, String p) {
        Double scale = tags.number(p + "/Scale");
        String units = tags.text(p + "/Units");
        if (scale == null || !Double.isFinite(scale) || scale == 0 || units == null || units.isBlank()) {
            return null;
        }
        return new Quantity(scale, units.trim());
    }
}

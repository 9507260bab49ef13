package org.polar4d.core.io.mib;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.Provenance;
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
 * Reads Quantum Detectors Merlin {@code .mib} acquisitions (single chip or quad, counter depth 1/6/12/24,
 * processed U08/U16/U32 or RAW) memory-mapped, in file order without flips. Multi-file acquisitions
 * ({@code name_1.mib}, {@code name_2.mib}, …) are joined in the order of the sequence number in header
 * field [1]. Scan shape: user > {@code .hdr} ScanX/ScanY > frames per trigger > timestamp flyback gaps
 * (RosettaSciIO's rule) > one line.
 */
public final class MibReader implements FormatReader {

    /** Larger acquisitions skip the timestamp rule (it reads every frame header). */
    private static final long MAX_TIMESTAMP_FRAMES = 16_000_000;

    private static final Pattern TRAILING_DIGITS = Pattern.compile("^(.*?)(\\d+)$");

    /** A .mib file of the acquisition with its first header and complete frame count. */
    private record Part(MappedFile file, MibHeader first, long frames, long partialBytes) {
    }

    @Override
    public Dataset4D open(Path path, ReadOptions options) throws IOException {
        Path given = path.toAbsolutePath();
        Path mib = given.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".hdr")
                ? sibling(given, ".mib") : given;
        if (!Files.exists(mib)) {
            throw new FormatException(path, "companion file", "no .mib data file " + mib.getFileName()
                    + " next to the .hdr side-car");
        }
        List<Part> parts = new ArrayList<>();
        try {
            for (Path p : acquisitionFiles(mib)) {
                parts.add(part(p));
            }
            parts.sort(Comparator.comparingLong(p -> p.first().sequence()));
            parts = chained(mib, parts);
            MibHeader h = parts.get(0).first();
            MibHdr hdr = findHdr(mib);
            RecordFrames frames = frames(mib, parts, h);
            List<ScanCandidate> candidates = candidates(hdr, frames.frameCount(), options, parts, h);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("pixelType", h.pixelType());
            details.put("counterDepth", Integer.toString(h.counterDepth()));
            details.put("chips", Integer.toString(h.chips()));
            details.put("layout", h.layout());
            details.put("headerBytes", Integer.toString(h.headerBytes()));
            details.put("exposure", h.exposure());
            details.put("firstSequenceNumber", Long.toString(h.sequence()));
            long partial = parts.stream().mapToLong(Part::partialBytes).sum();
            if (partial > 0) {
                details.put("incompleteLastFrame", "ignored " + partial + " bytes of an incomplete last frame");
            }
            if (hdr != null) {
                details.put("hdr", hdr.file().getFileName().toString());
            }
            List<Path> files = new ArrayList<>(frames.files());
            if (hdr != null) {
                files.add(hdr.file());
            }
            Provenance prov = new Provenance(files, Format.MIB.cliName(), options.asProvenance(), details);
            return FileDataset.open(frames, mib, options, candidates, Calibration.NONE, prov);
        } catch (IOException | RuntimeException e) {
            for (Part p : parts) {
                p.file().close();
            }
            throw e;
        }
    }

    private static Part part(Path p) throws IOException {
        MappedFile file = new MappedFile(p);
        try {
            if (file.size() < 64) {
                throw FormatException.atOffset(p, 0, "file of " + file.size() + " bytes is too short for a MIB header");
            }
            int headerSize = MibHeader.headerSize(p, file.bytes(0, (int) Math.min(1024, file.size())));
            if (headerSize > file.size()) {
                throw new FormatException(p, "header field [2] (header size)", "says " + headerSize
                        + " bytes, but the file has only " + file.size());
            }
            MibHeader h = MibHeader.parse(p, 0, file.bytes(0, headerSize));
            long record = h.headerBytes() + h.payloadBytes();
            long frames = file.size() / record;
            if (frames < 1) {
                throw FormatException.atOffset(p, headerSize, "the first frame needs " + record
                        + " bytes (header + payload of " + h.width() + "x" + h.height() + " " + h.pixelType()
                        + "), but the file has only " + file.size() + " (truncated?)");
            }
            MibHeader last = MibHeader.parse(p, (frames - 1) * record,
                    file.bytes((frames - 1) * record, headerSize));
            if (last.width() != h.width() || last.height() != h.height() || !last.pixelType().equals(h.pixelType())) {
                throw FormatException.atOffset(p, (frames - 1) * record, "the last frame header (" + last.width()
                        + "x" + last.height() + " " + last.pixelType() + ") disagrees with the first");
            }
            return new Part(file, h, frames, file.size() % record);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** Keeps the files whose sequence numbers continue each other; the given file must be among them. */
    private static List<Part> chained(Path mib, List<Part> parts) throws IOException {
        List<Part> chain = new ArrayList<>(List.of(parts.get(0)));
        for (int i = 1; i < parts.size(); i++) {
            Part prev = chain.get(chain.size() - 1);
            Part p = parts.get(i);
            boolean continues = p.first().sequence() == prev.first().sequence() + prev.frames();
            boolean same = p.first().width() == prev.first().width() && p.first().height() == prev.first().height()
                    && p.first().pixelType().equals(prev.first().pixelType())
                    && p.first().headerBytes() == prev.first().headerBytes()
                    && p.first().counterDepth() == prev.first().counterDepth();
            if (continues && same) {
                chain.add(p);
            }
        }
        boolean containsGiven = chain.stream().anyMatch(p -> p.file().path().equals(mib));
        List<Part> result = containsGiven ? chain
                : parts.stream().filter(p -> p.file().path().equals(mib)).toList();
        for (Part p : parts) {
            if (!result.contains(p)) {
                p.file().close();
            }
        }
        return result;
    }

    private static RecordFrames frames(Path mib, List<Part> parts, MibHeader h) throws FormatException {
        long record = h.headerBytes() + h.payloadBytes();
        List<RecordFrames.Segment> segments = new ArrayList<>();
        for (Part p : parts) {
            segments.add(new RecordFrames.Segment(p.file(), 0, p.frames()));
        }
        if (!h.isRaw()) {
            ElementType type = switch (h.pixelType()) {
                case "U08" -> ElementType.U8;
                case "U16" -> ElementType.U16;
                default -> ElementType.U32;
            };
            return new RecordFrames(segments, record, h.headerBytes(), new FrameShape(h.height(), h.width()), type,
                    ByteOrder.BIG_ENDIAN, null);
        }
        MibRawDecoder decoder = rawDecoder(mib, h);
        ElementType type = h.counterDepth() <= 6 ? ElementType.U8 : h.counterDepth() == 12 ? ElementType.U16
                : ElementType.U32;
        return new RecordFrames(segments, record, h.headerBytes(), decoder.frameShape(), type, ByteOrder.BIG_ENDIAN,
                decoder);
    }

    private static MibRawDecoder rawDecoder(Path mib, MibHeader h) throws FormatException {
        String layout = h.layout().replace("G", "");
        boolean quad = h.chips() == 4 && layout.equals("2x2");
        if (!quad && h.chips() != 1) {
            throw new FormatException(mib, "header fields [3]/[7] (chips/layout)", "RAW data with " + h.chips()
                    + " chips in layout " + h.layout() + " is not supported (single chip and 2x2 quad are)");
        }
        int depth = h.counterDepth();
        if (quad && depth == 24) {
            throw new FormatException(mib, "last header field (counter depth)", "24-bit RAW quad data is not supported:"
                    + " its chip layout is not validated (LiberTEM does not implement it either); record in"
                    + " processed (U32) mode or convert with the Merlin software");
        }
        int chipWidth = quad ? h.width() / 4 : depth == 24 ? h.width() / 2 : h.width();
        int chipHeight = h.height();
        int group = MibRawDecoder.groupPixels(depth == 24 ? 12 : depth);
        if ((quad && h.width() % 4 != 0) || (depth == 24 && h.width() % 2 != 0) || chipWidth % group != 0
                || (!quad && (long) chipWidth * chipHeight % group != 0)) {
            throw new FormatException(mib, "header fields [4]/[5] (width/height)", "RAW " + depth + "-bit frame of "
                    + h.width() + "x" + h.height() + " does not split into whole " + group + "-pixel groups");
        }
        return new MibRawDecoder(depth, quad, chipWidth, chipHeight);
    }

    private static List<ScanCandidate> candidates(MibHdr hdr, long frames, ReadOptions options, List<Part> parts,
            MibHeader h) throws IOException {
        List<ScanCandidate> c = new ArrayList<>();
        if (hdr != null) {
            OptionalInt sx = hdr.positiveInt("ScanX");
            OptionalInt sy = hdr.positiveInt("ScanY");
            if (sx.isPresent() && sy.isPresent()) {
                c.add(ScanCandidate.lines(new ScanShape(sy.getAsInt(), sx.getAsInt()), ScanShapeSource.SIDECAR,
                        "hdr ScanX/ScanY"));
            }
            OptionalInt fpt = hdr.positiveInt("Frames per Trigger (Number)");
            if (fpt.isPresent() && fpt.getAsInt() > 1 && fpt.getAsInt() <= frames) {
                int cols = fpt.getAsInt();
                c.add(ScanCandidate.lines(new ScanShape((int) Math.max(1, frames / cols), cols),
                        ScanShapeSource.SIDECAR, "hdr frames per trigger"));
            }
        }
        long available = frames - options.syncOffset();
        if (options.scanShape() == null && c.stream().noneMatch(x -> x.shape().positions() == available)) {
            int line = flybackLineLength(parts, h, options.syncOffset(), available);
            if (line > 1) {
                c.add(ScanCandidate.lines(new ScanShape((int) Math.max(1, available / line), line),
                        ScanShapeSource.INFERRED, "timestamp flyback gaps"));
            }
            if (available >= 1 && available <= Integer.MAX_VALUE) {
                c.add(ScanCandidate.exact(new ScanShape(1, (int) available), ScanShapeSource.INFERRED, "one scan line"));
            }
        }
        return c;
    }

    /**
     * RosettaSciIO's rule: with the gaps between consecutive frame timestamps, the line length is 1 +
     * the first index whose gap exceeds the mean gap (1 if none or timestamps are missing).
     */
    static int flybackLineLength(List<Part> parts, MibHeader h, long sync, long available) throws IOException {
        if (available < 3 || available > MAX_TIMESTAMP_FRAMES) {
            return 1;
        }
        long record = h.headerBytes() + h.payloadBytes();
        long[] t = new long[(int) available];
        int k = 0;
        long skip = Math.max(0, sync);
        for (Part p : parts) {
            for (long i = 0; i < p.frames() && k < t.length; i++) {
                if (skip > 0) {
                    skip--;
                    continue;
                }
                t[k] = MibHeader.timestamp(p.file().bytes(i * record, h.headerBytes()));
                if (t[k] == Long.MIN_VALUE) {
                    return 1;
                }
                k++;
            }
        }
        if (k < t.length) {
            return 1;
        }
        double mean = (double) (t[t.length - 1] - t[0]) / (t.length - 1);
        for (int i = 0; i + 1 < t.length; i++) {
            if (t[i + 1] - t[i] - mean > 0) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The given file plus files named like it with another trailing number ({@code scan_1.mib}, {@code scan_2.mib}). */
    private static List<Path> acquisitionFiles(Path mib) throws IOException {
        String stem = stem(mib);
        Matcher m = TRAILING_DIGITS.matcher(stem);
        if (!m.matches() || m.group(1).isEmpty()) {
            return List.of(mib);
        }
        Pattern sibling = Pattern.compile(Pattern.quote(m.group(1)) + "\\d+\\.mib", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> s = Files.list(mib.getParent())) {
            List<Path> files = new ArrayList<>(List.of(mib));
            s.filter(p -> sibling.matcher(p.getFileName().toString()).matches() && !p.equals(mib))
                    .filter(Files::isRegularFile).sorted().forEach(files::add);
            return files;
        }
    }

    private static MibHdr findHdr(Path mib) throws IOException {
        Path hdr = sibling(mib, ".hdr");
        if (Files.isRegularFile(hdr)) {
            return MibHdr.read(hdr);
        }
        Matcher m = TRAILING_DIGITS.matcher(stem(mib));
        if (m.matches() && !m.group(1).isEmpty()) {
            String prefix = m.group(1).replaceAll("[_\\-.]+$", "");
            Path shared = mib.getParent().resolve(prefix + ".hdr");
            if (!prefix.isEmpty() && Files.isRegularFile(shared)) {
                return MibHdr.read(shared);
            }
        }
        return null;
    }

    private static String stem(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static Path sibling(Path p, String extension) {
        return p.resolveSibling(stem(p) + extension);
    }
}

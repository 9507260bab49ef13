package org.polar4d.core.io.tiff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
import org.polar4d.core.io.frames.FrameSource;
import org.polar4d.core.io.frames.ScanCandidate;
import org.polar4d.core.io.frames.ScanResolution;

/**
 * Reads a folder of TIFF files, one diffraction pattern per file (page 0), ordered by the scan index at
 * the end of the file name ({@code pattern_00017.tif} is index 17), never by directory order. Indices
 * must run without gaps or duplicates from their first value. The scan shape is not stored: it must be
 * given unless the number of files is a perfect square.
 */
public final class TiffFolderReader implements FormatReader {

    private static final Pattern INDEXED = Pattern.compile("(.*?)(\\d+)\\.tiff?", Pattern.CASE_INSENSITIVE);

    @Override
    public Dataset4D open(Path dir, ReadOptions options) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new FormatException(dir, "TIFF folder", "not a directory");
        }
        TreeMap<Long, Path> byIndex = new TreeMap<>();
        List<String> unindexed = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.toLowerCase(Locale.ROOT).matches(".*\\.tiff?") || !Files.isRegularFile(p)) {
                    continue;
                }
                Matcher m = INDEXED.matcher(name);
                if (!m.matches() || m.group(2).length() > 18) {
                    unindexed.add(name);
                    continue;
                }
                Path previous = byIndex.put(Long.parseLong(m.group(2)), p);
                if (previous != null) {
                    duplicates.add(previous.getFileName() + " and " + name);
                }
            }
        }
        if (byIndex.isEmpty()) {
            throw new FormatException(dir, "TIFF folder", "no .tif/.tiff file whose name ends in a scan index");
        }
        if (!duplicates.isEmpty()) {
            throw new FormatException(dir, "scan indices in file names", duplicates.size() + " duplicate(s): "
                    + String.join("; ", duplicates.subList(0, Math.min(5, duplicates.size()))));
        }
        long first = byIndex.firstKey();
        long last = byIndex.lastKey();
        if (last - first + 1 != byIndex.size()) {
            List<Long> missing = new ArrayList<>();
            for (long i = first; i <= last && missing.size() < 10; i++) {
                if (!byIndex.containsKey(i)) {
                    missing.add(i);
                }
            }
            throw new FormatException(dir, "scan indices in file names", "gaps: indices " + first + ".." + last + " with "
                    + (last - first + 1 - byIndex.size()) + " missing, first missing " + missing);
        }
        List<Path> files = new ArrayList<>(byIndex.values());
        TiffImage head = TiffImage.parse(files.get(0), readAll(files.get(0)));
        FrameSource source = new TiffFrames(files, head.frameShape(), head.elementType());
        List<ScanCandidate> candidates = new ArrayList<>();
        ScanShape square = ScanResolution.squareOf(files.size());
        if (square != null) {
            candidates.add(ScanCandidate.exact(square, ScanShapeSource.INFERRED, "square number of files"));
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("files", Integer.toString(files.size()));
        details.put("firstIndex", Long.toString(first));
        details.put("firstFile", files.get(0).getFileName().toString());
        if (!unindexed.isEmpty()) {
            details.put("ignoredFiles", String.join(", ", unindexed));
        }
        Provenance prov = new Provenance(List.of(dir), Format.TIFF_FOLDER.cliName(), options.asProvenance(), details);
        return FileDataset.open(source, dir, options, candidates, Calibration.NONE, prov);
    }

    static ByteBuffer readAll(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > Integer.MAX_VALUE) {
                throw new FormatException(p, "size", "a single-pattern TIFF of " + size + " bytes is not plausible");
            }
            ByteBuffer b = ByteBuffer.allocate((int) size);
            while (b.hasRemaining() && ch.read(b) >= 0) {
                // read until full
            }
            return b.flip();
        }
    }

    /** One TIFF file per frame, in scan-index order. */
    private static final class TiffFrames implements FrameSource {
        private final List<Path> files;
        private final FrameShape frame;
        private final ElementType type;

        TiffFrames(List<Path> files, FrameShape frame, ElementType type) {
            this.files = files;
            this.frame = frame;
            this.type = type;
        }

        @Override
        public long frameCount() {
            return files.size();
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
            return files;
        }

        @Override
        public void read(long first, int count, float[] dst, int offset) throws IOException {
            for (int i = 0; i < count; i++) {
                image(first + i).decode(dst, offset + i * frame.pixels());
            }
        }

        @Override
        public void readExact(long first, int count, double[] dst, int offset) throws IOException {
            for (int i = 0; i < count; i++) {
                image(first + i).decode(dst, offset + i * frame.pixels());
            }
        }

        private TiffImage image(long index) throws IOException {
            Path p = files.get((int) index);
            TiffImage img = TiffImage.parse(p, readAll(p));
            if (!img.frameShape().equals(frame) || img.elementType() != type) {
                throw new FormatException(p, "TIFF image", img.frameShape() + " " + img.elementType().shortName()
                        + " differs from the first file's " + frame + " " + type.shortName());
            }
            return img;
        }

        @Override
        public void close() {
            // files are opened per read
        }
    }
}

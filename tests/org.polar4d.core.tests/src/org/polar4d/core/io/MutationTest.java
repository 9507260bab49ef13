package org.polar4d.core.io;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.dm.DmReaderTest;
import org.polar4d.core.io.mib.TestMibWriter;
import org.polar4d.core.io.tiff.TiffFolderReaderTest;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;

/**
 * Seeded mutation test: for every format, variants of a valid file (truncated, bytes flipped, header
 * fields garbled, bytes inserted or deleted) must either read consistently or fail with an
 * {@link IOException} (normally {@link FormatException}) — never another exception, an error such as
 * out-of-memory, or a hang. Variants per format: system property {@code polar4d.mutations} or environment
 * variable {@code POLAR4D_MUTATIONS} (default 200); seed: {@code polar4d.mutationSeed} /
 * {@code POLAR4D_MUTATION_SEED} (default 20240601).
 */
class MutationTest {

    private static final int VARIANTS = Integer.parseInt(setting("polar4d.mutations", "POLAR4D_MUTATIONS", "200"));
    private static final long SEED = Long.parseLong(setting("polar4d.mutationSeed", "POLAR4D_MUTATION_SEED", "20240601"));
    private static final long TIME_LIMIT_S = 60;

    @TempDir
    static Path work;

    private static String setting(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    private static ExecutorService executor;

    /** A valid seed: the file to open, the files that may be mutated (first = most often), the options. */
    private record Seed(String format, Path open, List<Path> mutable, ReadOptions options) {
    }

    private static final List<Seed> SEEDS = new ArrayList<>();

    @BeforeAll
    static void seeds() throws IOException {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mutation");
            t.setDaemon(true);
            return t;
        });
        Path formats = TestData.formats();
        // NPY: generated, C order big-endian u2 and Fortran order f4
        Path npy = dir("npy");
        TestNpyWriter.write(npy.resolve("c.npy"), ">u2", new long[] {3, 4, 8, 8}, false, 1, 64, i -> i % 4000);
        SEEDS.add(new Seed("npy", npy.resolve("c.npy"), List.of(npy.resolve("c.npy")), ReadOptions.DEFAULT));
        Path npyF = dir("npyF");
        TestNpyWriter.write(npyF.resolve("f.npy"), "<f4", new long[] {2, 3, 6, 5}, true, 2, 64, i -> i * 0.5);
        SEEDS.add(new Seed("npy-fortran", npyF.resolve("f.npy"), List.of(npyF.resolve("f.npy")), ReadOptions.DEFAULT));
        // MIB: generated 12-bit with .hdr, shared RAW quad
        Path mib = dir("mib");
        byte[][] payloads = new byte[6][];
        for (int f = 0; f < 6; f++) {
            int[] px = new int[32 * 32];
            Arrays.setAll(px, i -> (i * 7 + 13) % 4096);
            payloads[f] = TestMibWriter.processed(px, "U16");
        }
        new TestMibWriter(1, "1x1", "U16", 12).write(mib.resolve("scan.mib"), 1, 32, 32, payloads, 1000, 3, 500);
        TestMibWriter.hdr(mib.resolve("scan.hdr"), "Frames in Acquisition (Number):\t6", "Frames per Trigger (Number):\t3");
        SEEDS.add(new Seed("mib", mib.resolve("scan.mib"), List.of(mib.resolve("scan.mib"), mib.resolve("scan.hdr")),
                ReadOptions.DEFAULT));
        Path raw = copy("mibRaw", formats.resolve("mib/Quad_1_Frame_CounterDepth_1_Rows_256RAW.mib"));
        SEEDS.add(new Seed("mib-raw-quad", raw, List.of(raw), ReadOptions.DEFAULT));
        // EMPAD: shared xml + raw
        Path empadXml = copy("empad", formats.resolve("empad/map4x4.xml"));
        Path empadRaw = copy("empad", formats.resolve("empad/scan_x4_y4.raw"));
        SEEDS.add(new Seed("empad", empadXml, List.of(empadXml, empadRaw), ReadOptions.DEFAULT));
        // BLO, EMD, Arina: shared
        Path blo = copy("blo", formats.resolve("blo/test2.blo"));
        SEEDS.add(new Seed("blo", blo, List.of(blo), ReadOptions.DEFAULT));
        Path emd = copy("emd", formats.resolve("emd/py4DSTEM_size2x3x4x5.h5"));
        SEEDS.add(new Seed("emd", emd, List.of(emd), ReadOptions.DEFAULT));
        Path own = dir("emdOwn");
        try (Dataset4D src = DatasetIO.open(blo)) {
            DatasetIO.write(src, own.resolve("cube.emd"), org.polar4d.core.progress.Progress.NONE);
        } catch (org.polar4d.core.progress.CanceledException e) {
            throw new IllegalStateException(e);
        }
        SEEDS.add(new Seed("emd-written-by-polar4d", own.resolve("cube.emd"), List.of(own.resolve("cube.emd")),
                ReadOptions.DEFAULT));
        Path master = copy("arina", formats.resolve("arina/test_00_master.h5"));
        Path data = copy("arina", formats.resolve("arina/test_00_data_000001.h5"));
        Path meta = copy("arina", formats.resolve("arina/test_00.h5"));
        SEEDS.add(new Seed("arina", master, List.of(data, master, meta), ReadOptions.DEFAULT));
        // generic HDF5: chunked + deflate, written by jHDF
        Path h5 = dir("hdf5");
        int[][][][] cube = new int[2][3][4][5];
        for (int[][][] a : cube) {
            for (int[][] b : a) {
                for (int[] c : b) {
                    Arrays.setAll(c, i -> i * 3 + 1);
                }
            }
        }
        try (WritableHdfFile w = HdfFile.write(h5.resolve("cube.h5"))) {
            w.putDataset("cube", cube, DatasetCreationOptions.builder().chunkDimensions(1, 2, 4, 5).deflate().build());
        }
        SEEDS.add(new Seed("hdf5-chunked", h5.resolve("cube.h5"), List.of(h5.resolve("cube.h5")),
                ReadOptions.DEFAULT.withDatasetPath("/cube")));
        // DM4: generated, legacy transposed order
        Path dm = dir("dm4");
        DmReaderTest.write(dm.resolve("cube.dm4"), 4, ByteOrder.LITTLE_ENDIAN, false);
        SEEDS.add(new Seed("dm4", dm.resolve("cube.dm4"), List.of(dm.resolve("cube.dm4")), ReadOptions.DEFAULT));
        // TIFF folder: four generated files
        Path tiff = dir("tiff");
        List<Path> tiffs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path p = tiff.resolve(String.format("dp_%05d.tif", i));
            Files.write(p, TiffFolderReaderTest.tiff(i, ByteOrder.LITTLE_ENDIAN, 4, i == 2, i == 1));
            tiffs.add(p);
        }
        SEEDS.add(new Seed("tiff-folder", tiff, tiffs, ReadOptions.DEFAULT));
        // raw layout
        Path rawDir = dir("raw");
        ByteBuffer b = ByteBuffer.allocate(32 + 6 * (4 + 4 * 4 * 4)).order(ByteOrder.LITTLE_ENDIAN);
        b.position(32);
        for (int f = 0; f < 6; f++) {
            b.putInt(f);
            for (int p = 0; p < 16; p++) {
                b.putFloat(f + p * 0.25f);
            }
        }
        Files.write(rawDir.resolve("frames.bin"), b.array());
        RawLayout layout = new RawLayout(32, 4, 0, ElementType.F32, ByteOrder.LITTLE_ENDIAN, new FrameShape(4, 4));
        SEEDS.add(new Seed("raw", rawDir.resolve("frames.bin"), List.of(rawDir.resolve("frames.bin")),
                ReadOptions.DEFAULT.withRawLayout(layout).withScanShape(new ScanShape(2, 3))));
        // every seed must be valid
        for (Seed s : SEEDS) {
            try (Dataset4D ds = DatasetIO.open(s.open(), s.options())) {
                readSome(ds);
            }
        }
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
    }

    private static Path dir(String name) throws IOException {
        return Files.createDirectories(work.resolve("seeds").resolve(name));
    }

    private static Path copy(String name, Path src) throws IOException {
        Path to = dir(name).resolve(src.getFileName());
        Files.copy(src, to);
        return to;
    }

    @TestFactory
    Stream<DynamicTest> everyFormatSurvivesMutations() {
        return SEEDS.stream().map(s -> DynamicTest.dynamicTest(s.format() + " x " + VARIANTS, () -> mutate(s)));
    }

    private void mutate(Seed seed) throws Exception {
        Random random = new Random(SEED ^ seed.format().hashCode());
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (int v = 0; v < VARIANTS; v++) {
            Path variantDir = Files.createDirectories(work.resolve("variants").resolve(seed.format() + "-" + v));
            Path target = seed.mutable().get(random.nextInt(4) == 0 ? random.nextInt(seed.mutable().size()) : 0);
            Map<Path, Path> mapping = materialise(seed, variantDir);
            byte[] original = Files.readAllBytes(target);
            String what = mutateBytes(original, random, mapping.get(target));
            Path open = mapping.get(seed.open());
            Future<String> f = executor.submit(() -> tryRead(open, seed.options()));
            String outcome;
            try {
                outcome = f.get(TIME_LIMIT_S, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                f.cancel(true);
                fail(seed.format() + " variant " + v + " (" + what + " of " + target.getFileName() + "): no result within "
                        + TIME_LIMIT_S + " s");
                return;
            } catch (ExecutionException e) {
                Throwable t = e.getCause();
                AssertionError err = new AssertionError(seed.format() + " variant " + v + " (" + what + " of "
                        + target.getFileName() + "): " + t.getClass().getName() + ": " + t.getMessage(), t);
                throw err;
            }
            outcomes.merge(outcome, 1, Integer::sum);
            deleteTree(variantDir);
        }
        System.out.println("mutations " + seed.format() + ": " + outcomes);
    }

    /** Opens and reads; returns "read" or "rejected"; any other throwable escapes. */
    private static String tryRead(Path open, ReadOptions options) throws Exception {
        try (Dataset4D ds = DatasetIO.open(open, options)) {
            readSome(ds);
            return "read";
        } catch (IOException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("IOException without a message", e);
            }
            return e instanceof FormatException ? "rejected" : "io-error";
        }
    }

    /** Reads the first frames, the last frames and one frame exactly. */
    private static void readSome(Dataset4D ds) throws IOException {
        long n = ds.frameCount();
        int pixels = ds.frameShape().pixels();
        int block = (int) Math.max(1, Math.min(16, (8L << 20) / (4L * pixels)));
        float[] buf = new float[block * pixels];
        for (long first = 0; first < Math.min(n, 256); first += block) {
            ds.readFrames(first, (int) Math.min(block, n - first), buf);
        }
        for (long first = Math.max(0, n - 64); first < n; first += block) {
            ds.readFrames(first, (int) Math.min(block, n - first), buf);
        }
        ds.readFramesExact(n - 1, 1, new double[pixels]);
    }

    /** Hard-links the seed's files into the variant folder (the mutated file is then rewritten). */
    private static Map<Path, Path> materialise(Seed seed, Path variantDir) throws IOException {
        Map<Path, Path> m = new LinkedHashMap<>();
        Path seedDir = Files.isDirectory(seed.open()) ? seed.open() : seed.open().getParent();
        Path base = Files.isDirectory(seed.open()) ? variantDir.resolve(seed.open().getFileName()) : variantDir;
        Files.createDirectories(base);
        try (Stream<Path> files = Files.list(seedDir)) {
            for (Path p : files.toList()) {
                Path to = base.resolve(p.getFileName());
                Files.createLink(to, p);
                m.put(p, to);
            }
        }
        m.put(seed.open(), Files.isDirectory(seed.open()) ? base : base.resolve(seed.open().getFileName()));
        return m;
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final String[] NUMBERS = {"0", "-1", "1", "65535", "65536", "2147483647", "2147483648",
        "4294967296", "99999999999999999999", "abc", ""};
    private static final long[] EXTREMES = {0, -1, 1, 0x7FFFFFFFL, 0x80000000L, 0xFFFFL, 0x7FFFFFFFFFFFFFFFL,
        Long.MIN_VALUE, 1L << 40};

    /** Writes a mutated copy of {@code original} to {@code to}; returns what was done. */
    private static String mutateBytes(byte[] original, Random r, Path to) throws IOException {
        Files.delete(to);
        byte[] b = original.clone();
        int headerZone = Math.max(1, Math.min(b.length, 4096));
        String what;
        switch (r.nextInt(5)) {
            case 0 -> {
                int len = r.nextBoolean() ? r.nextInt(headerZone) : r.nextInt(Math.max(1, b.length));
                b = Arrays.copyOf(b, len);
                what = "truncate to " + len;
            }
            case 1 -> {
                int k = 1 + r.nextInt(8);
                for (int i = 0; i < k && b.length > 0; i++) {
                    int at = r.nextInt(10) < 7 ? r.nextInt(headerZone) : r.nextInt(b.length);
                    b[at] ^= (byte) (1 + r.nextInt(255));
                }
                what = "flip " + k + " bytes";
            }
            case 2 -> {
                String text = new String(b, 0, headerZone, StandardCharsets.ISO_8859_1);
                Matcher m = NUMBER.matcher(text);
                List<int[]> spans = new ArrayList<>();
                while (m.find()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
                if (isText(b, headerZone) && !spans.isEmpty()) {
                    int[] s = spans.get(r.nextInt(spans.size()));
                    String repl = NUMBERS[r.nextInt(NUMBERS.length)];
                    b = splice(b, s[0], s[1], repl.getBytes(StandardCharsets.ISO_8859_1));
                    what = "garble number at " + s[0] + " -> '" + repl + "'";
                } else {
                    int size = 1 << r.nextInt(4);
                    int at = (r.nextInt(Math.max(1, headerZone - size)) / size) * size;
                    long v = EXTREMES[r.nextInt(EXTREMES.length)];
                    ByteBuffer bb = ByteBuffer.wrap(b).order(r.nextBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
                    if (at + size <= b.length) {
                        switch (size) {
                            case 1 -> bb.put(at, (byte) v);
                            case 2 -> bb.putShort(at, (short) v);
                            case 4 -> bb.putInt(at, (int) v);
                            default -> bb.putLong(at, v);
                        }
                    }
                    what = "field of " + size + " bytes at " + at + " = " + v;
                }
            }
            case 3 -> {
                int at = r.nextInt(Math.max(1, headerZone));
                byte[] ins = new byte[1 + r.nextInt(16)];
                r.nextBytes(ins);
                b = splice(b, Math.min(at, b.length), Math.min(at, b.length), ins);
                what = "insert " + ins.length + " bytes at " + at;
            }
            default -> {
                int at = r.nextInt(Math.max(1, b.length));
                int len = Math.min(b.length - at, 1 + r.nextInt(64));
                b = splice(b, at, at + len, new byte[0]);
                what = "delete " + len + " bytes at " + at;
            }
        }
        Files.write(to, b);
        return what;
    }

    private static boolean isText(byte[] b, int n) {
        int printable = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            printable += (c >= 32 && c < 127) || c == '\n' || c == '\r' || c == '\t' ? 1 : 0;
        }
        return printable > n * 0.6;
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] with) {
        byte[] out = new byte[b.length - (to - from) + with.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(with, 0, out, from, with.length);
        System.arraycopy(b, to, out, from + with.length, b.length - to);
        return out;
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted((a, c) -> c.compareTo(a)).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}

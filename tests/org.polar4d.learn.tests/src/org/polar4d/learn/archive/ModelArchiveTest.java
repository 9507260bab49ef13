package org.polar4d.learn.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.Polar4D;
import org.polar4d.core.augment.Augmentation;
import org.polar4d.core.patterns.ArrayPatternSet;
import org.polar4d.core.predict.PatternPrediction;
import org.polar4d.core.progress.Progress;
import org.polar4d.learn.SyntheticPatterns;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;
import org.polar4d.learn.model.TrainedModel;
import org.polar4d.learn.train.Trainer;
import org.polar4d.learn.train.TrainingListener;
import org.polar4d.learn.train.TrainingRun;
import org.polar4d.learn.train.TrainingSettings;

class ModelArchiveTest {

    private static TrainingRun proto;
    private static TrainingRun pca;
    private static float[] probe;

    @BeforeAll
    static void train() throws Exception {
        ArrayPatternSet set = SyntheticPatterns.disks(96, 16, 1);
        proto = Trainer.train(set, TrainingSettings.builder().learner(Learner.CNN).head(Head.PROTO).batchSize(16)
                .maxEpochs(1).seeds(7, 8).build(), Augmentation.NONE, Map.of("augment.blur.p", "0.5"), Progress.NONE,
                TrainingListener.NONE);
        pca = Trainer.train(set, TrainingSettings.builder().learner(Learner.PCAKNN).pcaComponents(5).seeds(3).build(),
                Augmentation.NONE, Progress.NONE, TrainingListener.NONE);
        probe = SyntheticPatterns.patterns(SyntheticPatterns.disks(12, 16, 2));
    }

    private static void assertSamePredictions(TrainedModel a, TrainedModel b) {
        PatternPrediction[] pa = a.predict(probe, 12);
        PatternPrediction[] pb = b.predict(probe, 12);
        for (int i = 0; i < 12; i++) {
            assertEquals(pa[i].classIndex(), pb[i].classIndex());
            assertEquals(pa[i].angleDegrees(), pb[i].angleDegrees());
            assertEquals(pa[i].confidence(), pb[i].confidence());
            assertArrayEquals(pa[i].scores(), pb[i].scores());
        }
    }

    @Test
    void networkRunRoundTripsWithIdenticalPredictions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("proto.zip");
        ModelArchive.write(file, proto);
        TrainingRun back = ModelArchive.read(file);
        assertEquals(proto.settings(), back.settings());
        assertEquals(SyntheticPatterns.RECIPE, back.recipe());
        assertEquals(List.of("disks-1"), back.sources());
        assertEquals(Map.of("augment.blur.p", "0.5"), back.augmentation());
        assertEquals(Polar4D.version(), back.polar4dVersion());
        assertEquals(2, back.models().size());
        for (int i = 0; i < 2; i++) {
            TrainedModel a = proto.models().get(i);
            TrainedModel b = back.models().get(i);
            assertEquals(a.seed(), b.seed());
            assertEquals(a.metrics(), b.metrics());
            assertEquals(a.curve(), b.curve());
            assertEquals(a.recipe(), b.recipe());
            assertSamePredictions(a, b);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String manifest = text(zip, ModelArchive.MANIFEST);
            assertTrue(manifest.contains("learner=cnn") && manifest.contains("head=proto")
                    && manifest.contains("seeds=7,8"), manifest);
            assertTrue(text(zip, "models/7/curve.csv").startsWith("epoch,train_loss,val_loss,val_accuracy,seconds"));
        }
    }

    @Test
    void pcaKnnRoundTripsWithIdenticalPredictions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pca.zip");
        ModelArchive.write(file, pca);
        TrainingRun back = ModelArchive.read(file);
        assertEquals(Learner.PCAKNN, back.settings().learner());
        assertSamePredictions(pca.models().get(0), back.models().get(0));
        assertEquals(3, ModelArchive.readModels(List.of(file, file, file)).size());
    }

    @Test
    void writingIsAtomicAndReplacesTheTarget(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.zip");
        Files.writeString(file, "old");
        ModelArchive.write(file, pca);
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file is left behind");
        }
        ModelArchive.read(file);
    }

    @Test
    void corruptArchivesAreRejectedNamingFileAndEntry(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.zip");
        ModelArchive.write(good, proto);

        Path truncated = dir.resolve("truncated.zip");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ModelArchiveException e = assertThrows(ModelArchiveException.class, () -> ModelArchive.read(truncated));
        assertTrue(e.getMessage().startsWith(truncated.toString()), e.getMessage());

        e = assertThrows(ModelArchiveException.class, () -> ModelArchive.read(dir.resolve("missing.zip")));
        assertTrue(e.getMessage().contains("missing.zip"), e.getMessage());

        e = assertThrows(ModelArchiveException.class, () -> ModelArchive.read(
                rewrite(good, dir.resolve("noparams.zip"), "models/8/parameters.p4da", null)));
        assertEquals("models/8/parameters.p4da", e.entry());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());

        e = assertThrows(ModelArchiveException.class, () -> ModelArchive.read(rewrite(good,
                dir.resolve("otherarch.zip"), ModelArchive.SETTINGS, t -> t.replace("head=proto", "head=cls"))));
        assertEquals(ModelArchive.MANIFEST, e.entry(), e.getMessage());

        Path reg = rewrite(rewrite(good, dir.resolve("reg1.zip"), ModelArchive.SETTINGS,
                t -> t.replace("head=proto", "head=reg")), dir.resolve("reg2.zip"), ModelArchive.MANIFEST,
                t -> t.replace("head=proto", "head=reg"));
        e = assertThrows(ModelArchiveException.class, () -> ModelArchive.read(reg));
        assertEquals("models/7/parameters.p4da", e.entry());
        assertTrue(e.getMessage().contains("incompatible architecture"), e.getMessage());

        e = assertThrows(ModelArchiveException.class, () -> ModelArchive.read(rewrite(good, dir.resolve("future.zip"),
                ModelArchive.MANIFEST, t -> t.replace("formatVersion=1", "formatVersion=9"))));
        assertTrue(e.getMessage().contains("newer Polar4D"), e.getMessage());

        e = assertThrows(ModelArchiveException.class, () -> ModelArchive.read(rewrite(good, dir.resolve("bad.zip"),
                "models/7/representations.p4da", t -> "P4DAf\u0002garbage")));
        assertEquals("models/7/representations.p4da", e.entry());

        Path notZip = dir.resolve("text.zip");
        Files.writeString(notZip, "hello");
        e = assertThrows(ModelArchiveException.class, () -> ModelArchive.read(notZip));
        assertTrue(e.getMessage().contains("zip"), e.getMessage());
    }

    @Test
    void aFlippedByteInsideAnEntryIsDetected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("crc.zip");
        // stored (uncompressed) entries so that a flipped data byte reaches the CRC check
        try (ZipFile zip = new ZipFile(ModelArchiveTest.write(dir, pca).toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                byte[] data;
                try (InputStream in = zip.getInputStream(e)) {
                    data = in.readAllBytes();
                }
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(data.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(data);
                copy.setCrc(crc.getValue());
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        byte[] marker = "models/3/components.p4da".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(bytes, marker) + marker.length + 40; // inside that entry's data
        bytes[at] ^= 0x5a;
        Files.write(file, bytes);
        ModelArchiveException e = assertThrows(ModelArchiveException.class, () -> ModelArchive.read(file));
        assertEquals("models/3/components.p4da", e.entry(), e.getMessage());
    }

    private static Path write(Path dir, TrainingRun run) throws IOException {
        Path f = dir.resolve("plain.zip");
        ModelArchive.write(f, run);
        return f;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("marker not found");
    }

    private static String text(ZipFile zip, String entry) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Copies an archive, replacing one entry's text (or dropping it when {@code edit} is null). */
    private static Path rewrite(Path from, Path to, String entry, UnaryOperator<String> edit) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                byte[] data;
                try (InputStream in = zip.getInputStream(e)) {
                    data = in.readAllBytes();
                }
                if (e.getName().equals(entry)) {
                    if (edit == null) {
                        continue;
                    }
                    data = edit.apply(new String(data, StandardCharsets.ISO_8859_1)).getBytes(
                            StandardCharsets.ISO_8859_1);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return to;
    }
}

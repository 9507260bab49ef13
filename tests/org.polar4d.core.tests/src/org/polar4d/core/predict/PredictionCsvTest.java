package org.polar4d.core.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polar4d.core.data.ScanShape;

class PredictionCsvTest {

    @TempDir
    Path dir;

    private static PredictionTable randomTable() {
        Random rnd = new Random(7);
        ScanShape s = new ScanShape(5, 7);
        PredictionTable.Builder b = PredictionTable.builder(s);
        for (int i = 0; i < s.positions(); i++) {
            if (i % 6 == 5) {
                continue; // no prediction
            }
            float[] scores = new float[8];
            for (int k = 0; k < 8; k++) {
                scores[k] = rnd.nextFloat();
            }
            b.put(i, rnd.nextInt(8), rnd.nextDouble() * 720 - 360, rnd.nextDouble(), rnd.nextDouble(), scores);
        }
        return b.metadata("dataset", "1E").metadata("model", "cnn/proto seed 888").build();
    }

    @Test
    void roundTripKeepsEveryValueAndTheMetadata() throws IOException {
        PredictionTable t = randomTable();
        Path f = dir.resolve("p.csv");
        PredictionCsv.write(t, f);
        PredictionTable back = PredictionCsv.read(f);
        assertEquals(t.scanShape(), back.scanShape());
        assertEquals(t.metadata(), back.metadata());
        assertArrayEquals(t.classMap(), back.classMap());
        for (int i = 0; i < t.positions(); i++) {
            assertEquals(t.angleDegrees(i), back.angleDegrees(i), 0.0, "angle at " + i);
            assertEquals(t.confidence(i), back.confidence(i), 0.0);
            assertEquals(t.agreement(i), back.agreement(i), 0.0);
            assertArrayEquals(t.scores(i), back.scores(i), 0f);
        }
        assertFalse(back.hasPrediction(5));
        assertTrue(Double.isNaN(back.angleDegrees(5)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void writesOneLinePerPositionWithAHeader() throws IOException {
        Path f = dir.resolve("p.csv");
        PredictionCsv.write(PredictionTables.of("0.", "27"), f);
        var lines = Files.readAllLines(f);
        assertEquals("# polar4d predictions v1", lines.get(0));
        assertEquals("# scan: 2x2", lines.get(1));
        assertTrue(lines.get(2).startsWith("row,col,class_index,class,angle_deg,confidence,agreement,score_RM,"));
        assertEquals(7, lines.size());
        assertTrue(lines.get(4).startsWith("0,1,-1,none,,,"), lines.get(4));
        assertTrue(lines.get(6).startsWith("1,1,7,RD,315.0,0.9,1.0,"), lines.get(6));
    }

    @Test
    void readsAMinimalHandMadeTableAndInfersTheScan() throws IOException {
        Path f = write("row,col,class\n0,0,RM\n0,2,rd\n1,1,none\n");
        PredictionTable t = PredictionCsv.read(f);
        assertEquals(new ScanShape(2, 3), t.scanShape());
        assertEquals(0, t.classIndex(0, 0));
        assertEquals(7, t.classIndex(0, 2));
        assertEquals(-1, t.classIndex(0, 1));
        assertEquals(-1, t.classIndex(1, 1));
        assertEquals(315.0, t.angleDegrees(2), 0.0, "the class centre stands in for a missing angle");
        assertEquals(2, t.predictedCount());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "too few fields    | row,col,class_index\\n0,0,1\\n0,1                | line 3: has 2 fields but the header has 3",
        "bad class index   | row,col,class_index\\n0,0,9                     | line 2, column 3 (class_index): '9' is outside -1..7",
        "unknown class id  | row,col,class\\n0,0,XX                          | line 2, column 3 (class): unknown polarization class 'XX'",
        "not an integer    | row,col,class_index\\n0,x,1                     | line 2, column 2 (col): 'x' is not an integer",
        "bad confidence    | row,col,class_index,confidence\\n0,0,1,1.5      | line 2, column 4 (confidence): '1.5' is outside [0.0, 1.0]",
        "not a number      | row,col,class_index,angle_deg\\n0,0,1,abc       | line 2, column 4 (angle_deg): 'abc' is not a number",
        "duplicate         | row,col,class_index\\n0,0,1\\n0,0,2             | line 3: position (0, 0) already given on line 2",
        "outside the scan  | # scan: 2x2\\nrow,col,class_index\\n2,0,1       | line 3: position (2, 0) is outside the scan 2x2",
        "class mismatch    | row,col,class_index,class\\n0,0,1,RM            | line 2, column 4 (class): class 'RM' does not match class_index 1",
        "no row column     | col,class_index\\n0,1                           | line 1: header has no 'row' column",
        "no class column   | row,col,angle_deg\\n0,0,1                       | line 1: header has neither a 'class_index' nor a 'class' column",
        "duplicate column  | row,col,row,class\\n0,0,0,RM                    | line 1, column 3 (row): duplicate column name",
        "bad scan metadata | # scan: big\\nrow,col,class\\n                 | line 1: metadata 'scan': scan shape must look like ROWSxCOLS",
        "empty             | # nothing\\n                                   | no header line",
        "header only       | row,col,class\\n                               | no predictions and no '# scan: ROWSxCOLS' metadata"})
    void badFilesGiveClearErrors(String name, String content, String expected) throws IOException {
        Path f = write(content.trim().replace("\\n", "\n"));
        PredictionCsvException e = assertThrows(PredictionCsvException.class, () -> PredictionCsv.read(f));
        assertTrue(e.getMessage().startsWith(f.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected.trim()), name + ": " + e.getMessage());
    }

    @Test
    void binaryFileIsRejected() throws IOException {
        Path f = dir.resolve("model.zip");
        Files.write(f, new byte[] {0x50, 0x4b, 3, 4, (byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28});
        IOException e = assertThrows(IOException.class, () -> PredictionCsv.read(f));
        assertTrue(e.getMessage().contains("model.zip"), e.getMessage());
    }

    @Test
    void missingFileNamesTheFile() {
        Path f = dir.resolve("absent.csv");
        IOException e = assertThrows(IOException.class, () -> PredictionCsv.read(f));
        assertTrue(e.getMessage().contains("absent.csv"), e.getMessage());
    }

    private Path write(String content) throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }
}

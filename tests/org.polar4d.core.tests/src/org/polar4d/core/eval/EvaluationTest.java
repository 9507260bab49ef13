package org.polar4d.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.predict.PredictionTables;

class EvaluationTest {

    // 3 × 4 = 12 positions: six RM (0), three RD (7), one LU (3), one MU (2), one without prediction
    private static final PredictionTable T = PredictionTables.of("0073", "0072", "007.");

    @Test
    void accuracyAgainstOneOrSeveralAcceptedLabels() {
        DatasetEvaluation rm = DatasetEvaluation.of(T, AcceptedLabels.parse("RM"));
        assertEquals(12, rm.positions());
        assertEquals(6, rm.correct());
        assertEquals(0.5, rm.accuracy(), 1e-12);
        DatasetEvaluation rmRd = DatasetEvaluation.of(T, AcceptedLabels.parse("RM,RD"));
        assertEquals(9, rmRd.correct());
        assertEquals(0.75, rmRd.accuracy(), 1e-12);
        DatasetEvaluation lu = DatasetEvaluation.of(T, AcceptedLabels.parse("LU"));
        assertEquals(1.0 / 12, lu.accuracy(), 1e-12, "positions without a prediction count as wrong");
    }

    @Test
    void majorityClassAndWhetherItIsAccepted() {
        DatasetEvaluation e = DatasetEvaluation.of(T, AcceptedLabels.parse("RD"));
        assertEquals(0, e.majorityClass());
        assertFalse(e.majorityAccepted());
        assertTrue(DatasetEvaluation.of(T, AcceptedLabels.parse("RD,RM")).majorityAccepted());
        // tie 2 × RU, 2 × LU → the smaller index
        assertEquals(1, ClassCounts.of(PredictionTables.of("1331")).majority());
        assertEquals(-1, ClassCounts.of(PredictionTables.of("..")).majority());
    }

    @Test
    void classCountsAndPercentages() {
        ClassCounts c = ClassCounts.of(T);
        assertEquals(6, c.count(0));
        assertEquals(3, c.count(7));
        assertEquals(1, c.none());
        assertEquals(11, c.predicted());
        assertEquals(600.0 / 11, c.percentages()[0], 1e-9, "share of positions with a prediction");
        ClassCounts twice = ClassCounts.of(List.of(T, T));
        assertEquals(12, twice.count(0));
        assertEquals(2, twice.none());
    }

    @Test
    void confusionMatrixPutsEveryPositionInTheRowOfThePrimaryLabel() {
        ConfusionMatrix m = DatasetEvaluation.of(T, AcceptedLabels.parse("RD,RM")).confusion();
        assertEquals(3, m.count(7, 7));
        assertEquals(6, m.count(7, 0));
        assertEquals(1, m.count(7, 3));
        assertEquals(1, m.count(7, ConfusionMatrix.NONE_COLUMN));
        assertEquals(12, m.rowTotal(7));
        assertEquals(0, m.rowTotal(0));
        assertEquals(0.25, m.classAccuracy(7), 1e-12);
        assertTrue(Double.isNaN(m.classAccuracy(0)));
        assertTrue(m.hasNone());
        // summing a second dataset labelled RM: 6 more correct of 12
        ConfusionMatrix sum = m.plus(ConfusionMatrix.of(T, PolarizationClass.RM));
        assertEquals(24, sum.total());
        assertEquals(0.5, sum.classAccuracy(0), 1e-12);
        assertEquals((3 + 6) / 24.0, sum.accuracy(), 1e-12);
        String csv = sum.toCsv();
        assertTrue(csv.startsWith("true\\predicted,RM,RU,MU,LU,LM,LD,MD,RD,none,total,class_accuracy\n"), csv);
        assertTrue(csv.contains("\nRM,6,0,1,1,0,0,0,3,1,12,0.500000\n"), csv);
        assertTrue(csv.contains("\nRU,0,0,0,0,0,0,0,0,0,0,\n"), csv);
    }

    @Test
    void acceptedLabelsParse() {
        assertEquals(List.of(PolarizationClass.RM, PolarizationClass.RD), AcceptedLabels.parse("rm, RD").classes());
        assertEquals("RM,RD", AcceptedLabels.parse("RM+RD").toString());
        assertThrows(IllegalArgumentException.class, () -> AcceptedLabels.parse("RM,XY"));
        assertThrows(IllegalArgumentException.class, () -> AcceptedLabels.parse(" , "));
    }

    /** Three seeds with accuracies 50 %, 75 %, 100 % → mean 75.0, population std √(1250/3) = 20.41. */
    @Test
    void resultsTableMeanAndPopulationStdOverSeeds() {
        AcceptedLabels rm = AcceptedLabels.parse("RM");
        ResultsTable t = new ResultsTable();
        t.add("1E", "Conv (Proto)", DatasetEvaluation.of(PredictionTables.of("0011"), rm));
        t.add("1E", "Conv (Proto)", DatasetEvaluation.of(PredictionTables.of("0001"), rm));
        t.add("1E", "Conv (Proto)", DatasetEvaluation.of(PredictionTables.of("0000"), rm));
        t.add("1E", "PCA", DatasetEvaluation.of(PredictionTables.of("1111"), rm));
        t.add("1E", "PCA", DatasetEvaluation.of(PredictionTables.of("0111"), rm));
        ResultsTable.Cell conv = t.cell("1E", "Conv (Proto)").orElseThrow();
        assertEquals(3, conv.seeds());
        assertEquals(75.0, conv.meanPct(), 1e-9);
        assertEquals(Math.sqrt(1250.0 / 3), conv.stdPct(), 1e-9);
        assertEquals("75.0 ± 20.4", conv.text());
        assertEquals(0, conv.majorityClass(), "9 × RM vs 3 × RU over all seeds");
        assertTrue(conv.majorityAccepted());
        ResultsTable.Cell pca = t.cell("1E", "PCA").orElseThrow();
        assertEquals("12.5 ± 12.5", pca.text());
        assertEquals(1, pca.majorityClass());
        assertFalse(pca.majorityAccepted());
        assertEquals(List.of("Conv (Proto)"), t.bestModels("1E"));

        String md = t.toMarkdown();
        assertTrue(md.startsWith("| Dataset | Accepted | Conv (Proto) | PCA |\n|---|---|---:|---:|\n"), md);
        assertTrue(md.contains("| 1E | RM | **75.0 ± 20.4** | 12.5 ± 12.5 |\n"), md);
        assertTrue(md.contains("| 1E majority | | RM ✓ | RU ✗ |\n"), md);
        String csv = t.toCsv();
        assertTrue(csv.contains("\n1E,RM,Conv (Proto),3,75.0000,20.4124,50.0000;75.0000;100.0000,75.0 ± 20.4,true,RM,true\n"),
                csv);
        assertTrue(csv.contains("\n1E,RM,PCA,2,12.5000,12.5000,0.0000;25.0000,12.5 ± 12.5,false,RU,false\n"), csv);
    }

    @Test
    void tiesInTheRoundedMeanAreAllBoldAndMissingCellsShowADash() {
        AcceptedLabels rmRd = AcceptedLabels.parse("RM,RD");
        ResultsTable t = new ResultsTable();
        t.add("4E", "A", DatasetEvaluation.of(PredictionTables.of("07"), rmRd));
        t.add("4E", "B", DatasetEvaluation.of(PredictionTables.of("70"), rmRd));
        t.add("5E", "A", DatasetEvaluation.of(PredictionTables.of("33"), rmRd));
        assertEquals(List.of("A", "B"), t.bestModels("4E"));
        String md = t.toMarkdown();
        assertTrue(md.contains("| 4E | RM,RD | **100.0 ± 0.0** | **100.0 ± 0.0** |\n"), md);
        assertTrue(md.contains("| 5E | RM,RD | **0.0 ± 0.0** | – |\n"), md);
        assertTrue(md.contains("| 5E majority | | LU ✗ | – |\n"), md);
    }

    @Test
    void oneDatasetCannotHaveTwoLabelSets() {
        ResultsTable t = new ResultsTable();
        t.add("1E", "A", DatasetEvaluation.of(PredictionTables.of("0"), AcceptedLabels.parse("RM")));
        assertThrows(IllegalArgumentException.class,
                () -> t.add("1E", "B", DatasetEvaluation.of(PredictionTables.of("0"), AcceptedLabels.parse("RD"))));
    }
}

package org.polar4d.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.data.InMemoryDataset;
import org.polar4d.core.filter.FilterSettings;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.patterns.PatternSetTarget;
import org.polar4d.core.progress.Progress;

class PatternSetBuilderTest {

    @TempDir
    Path dir;

    private static final PreprocessingRecipe RECIPE = PreprocessingRecipe.PAPER.withCropSize(16);

    @Test
    void labelsSourcesPositionsAndPatternsOfTwoDatasets() throws Exception {
        InMemoryDataset a = TestData.disks(3, 4, 32, 32, 15.2, 16.7, 2, 1, PolarizationClass.RU);
        InMemoryDataset b = TestData.disks(2, 5, 32, 40, 12.0, 22.4, 2, 2, null);
        PatternSetBuilder builder = new PatternSetBuilder(RECIPE, FilterSettings.NONE, 2);
        PatternSetBuilder.Result result = builder.build(
                List.of(LabelledDataset.of(a), LabelledDataset.of(b, PolarizationClass.LD)), PatternSetTarget.memory(),
                Progress.NONE);
        PatternSet set = result.patterns();
        assertEquals(22, set.size());
        assertEquals(16, set.height());
        assertEquals(PolarizationClass.RU.index(), set.label(0));
        assertEquals(PolarizationClass.LD.index(), set.label(12));
        assertEquals(0, set.sourceIndex(11));
        assertEquals(1, set.sourceIndex(12));
        assertEquals(1, set.row(18)); // b's frame 6 = (1, 1)
        assertEquals(1, set.col(18));
        assertEquals("16", set.recipe().get("preprocess.cropSize"));
        assertEquals("LD", set.recipe().get("source.1.label"));
        assertEquals("10", set.recipe().get("source.1.frames"));
        // every pattern equals "recipe + global CoM + one frame -> one pattern"
        DatasetReference refB = result.references().get(1);
        FramePreprocessor.Worker w = new FramePreprocessor(RECIPE, refB).newWorker();
        float[] expected = new float[256];
        float[] actual = new float[256];
        for (int f = 0; f < 10; f++) {
            w.process(b.data(), f * 32 * 40, expected, 0);
            set.read(12 + f, actual, 0);
            assertArrayEquals(expected, actual, 0f);
        }
        assertEquals(Double.parseDouble(set.recipe().get("source.1.globalComRow")), refB.globalCom().row(), 1e-6);
    }

    @Test
    void fileTargetHoldsTheSamePatternsAsTheHeap() throws Exception {
        InMemoryDataset a = TestData.disks(5, 5, 24, 24, 12, 12, 3, 3, PolarizationClass.MD);
        PatternSetBuilder builder = new PatternSetBuilder(RECIPE, FilterSettings.PAPER, 2);
        PatternSet mem = builder.build(List.of(LabelledDataset.of(a)), PatternSetTarget.memory(), Progress.NONE)
                .patterns();
        PatternSetBuilder.Result r = builder.build(List.of(LabelledDataset.of(a)),
                PatternSetTarget.file(dir.resolve("a.p4ps")), Progress.NONE);
        try (PatternSet file = r.patterns()) {
            assertEquals(mem.size(), file.size());
            assertTrue(mem.size() < 25 && mem.size() > 0, "the CoM filter removed some frames: " + mem.size());
            assertEquals(25 - mem.size(), r.report().removed());
            assertEquals(r.report().removed(), r.report().removedByComShift());
            float[] x = new float[256];
            float[] y = new float[256];
            for (int i = 0; i < mem.size(); i++) {
                mem.read(i, x, 0);
                file.read(i, y, 0);
                assertArrayEquals(x, y, 0f);
                assertEquals(mem.row(i), file.row(i));
                assertEquals(mem.col(i), file.col(i));
                assertEquals(PolarizationClass.MD.index(), file.label(i));
            }
            assertEquals(mem.recipe(), file.recipe());
            assertEquals("true", file.recipe().get("filter.comShift"));
        }
    }
}

package org.polar4d.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.Setting;

/**
 * Settings keys are part of every saved workflow and every flow-variable binding: they never change. Adding a
 * setting means adding its key here; renaming one breaks users' workflows and must not happen.
 */
class SettingsKeysTest {

    static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("LibraryInfoNodeFactory", List.of());
        KEYS.put("DatasetReaderNodeFactory", List.of("file", "format", "scanShape", "datasetPath", "frameOffset",
                "transposeFrame", "flipFrameX", "flipFrameY", "transposeScan", "flipScanX", "flipScanY"));
        KEYS.put("DatasetInfoNodeFactory", List.of());
        KEYS.put("DatasetWriterNodeFactory", List.of("file", "overwrite"));
        KEYS.put("SimulatorNodeFactory", List.of("polarization", "cells", "thicknessNm", "beamEnergyKeV",
                "convergenceMrad", "defocusA", "scanRows", "scanCols", "frameSize", "mode", "prismFactor", "dose",
                "seed"));
        KEYS.put("PreprocessorNodeFactory", List.of("cropSize", "cropMode", "alignment", "comPercentile", "binning",
                "logScale", "repairBadPixels", "badPixelFactor", "label"));
        KEYS.put("PatternFilterNodeFactory", List.of("comShift", "intensityOutliers", "intensityMaxZ"));
        KEYS.put("LabelCombineNodeFactory", List.of("label1", "label2", "label3", "label4", "label5", "label6",
                "label7", "label8"));
        KEYS.put("AugmentationNodeFactory", List.of("blurP", "blurSigmaMin", "blurSigmaMax", "contrastP",
                "contrastLimit", "brightnessLimit", "noiseP", "noiseSigmaMin", "noiseSigmaMax", "symmetryP",
                "rotations", "mirrors", "shiftP", "shiftMax", "ellipseP", "ellipseMax", "poissonP", "poissonDoseMin",
                "poissonDoseMax"));
        KEYS.put("VirtualImagingNodeFactory", List.of("centreRow", "centreCol", "bfRadius", "adfInner", "adfOuter",
                "comRadius", "image"));
        KEYS.put("CnnLearnerNodeFactory", List.of("encoder", "head", "pretrainedWeights", "seeds", "maxEpochs",
                "patience", "batchSize", "learningRate", "l2", "prototypeSigma", "splitSeed", "trainFraction",
                "validationFraction"));
        KEYS.put("PcaKnnLearnerNodeFactory", List.of("components", "k", "seeds", "testFraction"));
        KEYS.put("PredictorNodeFactory", List.of("datasetName"));
        KEYS.put("ScorerNodeFactory", List.of("acceptedLabels"));
        KEYS.put("MapNodeFactory", List.of("image", "table", "palette", "brightness", "irregularity", "arrowStep",
                "scanStepNm"));
    }

    @Test
    void keysAreStable() throws Exception {
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (Polar4DNodeFactory<?> f : NodeDescriptionTest.factories()) {
            actual.put(f.getClass().getSimpleName(),
                    f.definition().settings().settings().stream().map(Setting::key).toList());
        }
        assertEquals(KEYS, actual);
    }
}

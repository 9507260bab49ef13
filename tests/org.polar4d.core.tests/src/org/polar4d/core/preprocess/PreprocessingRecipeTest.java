package org.polar4d.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PreprocessingRecipeTest {

    @Test
    void roundTripsThroughProperties() {
        PreprocessingRecipe r = PreprocessingRecipe.PAPER.withCropSize(48).withCropMode(CropMode.REFERENCE_MIRRORED)
                .withAlignment(Alignment.PER_FRAME).withBinning(2).withLogScale(true).withBadPixelRepair(true, 7.5);
        assertEquals(r, PreprocessingRecipe.fromProperties(r.toProperties()));
        assertEquals(PreprocessingRecipe.PAPER, PreprocessingRecipe.fromProperties(Map.of()));
        assertEquals("centered", PreprocessingRecipe.PAPER.toProperties().get("preprocess.cropMode"));
    }

    @Test
    void ignoresForeignKeysAndNamesTheBadOne() {
        Map<String, String> p = new HashMap<>(PreprocessingRecipe.PAPER.toProperties());
        p.put("source.0.globalComRow", "128");
        assertEquals(PreprocessingRecipe.PAPER, PreprocessingRecipe.fromProperties(p));
        p.put("preprocess.cropSize", "sixty-four");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PreprocessingRecipe.fromProperties(p));
        assertTrue(e.getMessage().contains("preprocess.cropSize"), e.getMessage());
        p.put("preprocess.cropSize", "64");
        p.put("preprocess.cropMode", "sideways");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PreprocessingRecipe.fromProperties(p))
                .getMessage().contains("crop mode"));
        p.put("preprocess.cropMode", "centered");
        p.put("preprocess.format", "2");
        assertThrows(IllegalArgumentException.class, () -> PreprocessingRecipe.fromProperties(p));
    }

    @Test
    void rejectsInvalidSettings() {
        assertThrows(IllegalArgumentException.class, () -> PreprocessingRecipe.PAPER.withCropSize(0));
        assertThrows(IllegalArgumentException.class, () -> PreprocessingRecipe.PAPER.withBinning(0));
    }
}

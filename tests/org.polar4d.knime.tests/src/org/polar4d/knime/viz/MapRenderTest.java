package org.polar4d.knime.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.predict.PatternPrediction;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.knime.node.Png;

/** Every map style the node offers renders (headless) into a decodable PNG. */
class MapRenderTest {

    @Test
    void everyStyleRenders() throws Exception {
        PredictionTable.Builder b = PredictionTable.builder(new ScanShape(6, 8));
        for (int i = 0; i < 48; i++) {
            float[] scores = new float[8];
            scores[i % 8] = 0.7f;
            scores[(i + 1) % 8] = 0.3f;
            b.put(i, new PatternPrediction(i % 8, 45.0 * (i % 8), 0.7, scores));
        }
        PredictionTable t = b.build();
        for (String style : MapNodeFactory.STYLES) {
            BufferedImage image = MapNodeModel.render(t, style, MapNodeFactory.SCHEMA.defaults()
                    .with(MapNodeFactory.SCAN_STEP, 0.4).with(MapNodeFactory.PALETTE, "paper")).toImage();
            assertTrue(image.getWidth() > 8 && image.getHeight() > 6, style);
            byte[] png = Png.encode(image);
            BufferedImage back = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            assertEquals(image.getWidth(), back.getWidth(), style);
        }
    }
}

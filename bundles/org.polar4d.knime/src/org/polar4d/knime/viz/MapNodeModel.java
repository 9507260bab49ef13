package org.polar4d.knime.viz;

import static org.polar4d.knime.viz.MapNodeFactory.ARROW_STEP;
import static org.polar4d.knime.viz.MapNodeFactory.BRIGHTNESS;
import static org.polar4d.knime.viz.MapNodeFactory.IRREGULARITY;
import static org.polar4d.knime.viz.MapNodeFactory.PALETTE;
import static org.polar4d.knime.viz.MapNodeFactory.SCAN_STEP;

import java.util.Map;

import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.core.data.Quantity;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.render.ClassPalette;
import org.polar4d.core.render.Irregularity;
import org.polar4d.core.render.MapFigure;
import org.polar4d.core.render.PredictionMaps;
import org.polar4d.knime.node.EngineCall;
import org.polar4d.knime.node.Png;
import org.polar4d.knime.node.Polar4DNodeModel;
import org.polar4d.knime.node.TableBuilder;
import org.polar4d.knime.port.PredictionsPortObject;
import org.polar4d.knime.settings.SettingValues;

/** Renders every map style of every prediction table as PNG; one chosen map also goes to the image port. */
final class MapNodeModel extends Polar4DNodeModel {

    MapNodeModel() {
        super(MapNodeFactory.DEFINITION);
    }

    static TableBuilder mapsTable() {
        return new TableBuilder().strings("Predictions", "Map").column("PNG", PNGImageContent.TYPE);
    }

    @Override
    protected PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings) {
        return new PortObjectSpec[] {mapsTable().spec(), Png.portSpec()};
    }

    static MapFigure render(PredictionTable t, String map, SettingValues v) {
        PredictionMaps.Style style = PredictionMaps.Style.DEFAULT.withPalette(ClassPalette.parse(v.get(PALETTE)));
        if (v.get(SCAN_STEP) > 0) {
            style = style.withScanStep(new Quantity(v.get(SCAN_STEP), "nm"));
        }
        return switch (map) {
            case "classes" -> PredictionMaps.classes(t, style);
            case "wheel" -> PredictionMaps.wheel(t, PredictionMaps.Brightness.parse(v.get(BRIGHTNESS)), style);
            case "confidence" -> PredictionMaps.confidence(t, style);
            case "irregularity" -> PredictionMaps.irregularity(t, Irregularity.Measure.parse(v.get(IRREGULARITY)),
                    style);
            default -> PredictionMaps.arrows(t, null, null, v.get(ARROW_STEP), style);
        };
    }

    @Override
    protected PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings)
            throws Exception {
        Map<String, PredictionTable> tables = ((PredictionsPortObject) inObjects[0]).tables();
        String shown = settings.get(MapNodeFactory.TABLE);
        if (shown.isBlank()) {
            shown = tables.keySet().stream().reduce((a, b) -> b).orElseThrow(); // the ensemble comes last
        } else if (!tables.containsKey(shown)) {
            throw new InvalidSettingsException("Setting '" + MapNodeFactory.TABLE.label() + "': no predictions named '"
                    + shown + "'; the input has " + String.join(", ", tables.keySet()));
        }
        TableBuilder maps = mapsTable().open(exec);
        byte[] port = null;
        int done = 0;
        int total = tables.size() * MapNodeFactory.STYLES.size();
        for (Map.Entry<String, PredictionTable> t : tables.entrySet()) {
            for (String map : MapNodeFactory.STYLES) {
                exec.checkCanceled();
                byte[] png = Png.encode(EngineCall.run("rendering the " + map + " map",
                        () -> render(t.getValue(), map, settings).toImage()));
                maps.add(new StringCell(t.getKey()), new StringCell(map), PNGImageCellFactory.create(png));
                if (t.getKey().equals(shown) && map.equals(settings.get(MapNodeFactory.IMAGE))) {
                    port = png;
                }
                exec.setProgress(++done / (double) total, map + " map of " + t.getKey());
            }
        }
        return new PortObject[] {maps.close(), Png.port(port)};
    }
}

package org.polar4d.knime.predict;

import static org.polar4d.knime.node.TableBuilder.integer;
import static org.polar4d.knime.node.TableBuilder.number;
import static org.polar4d.knime.node.TableBuilder.text;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.MajorityVote;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.knime.learn.ModelArchives;
import org.polar4d.knime.node.Choices;
import org.polar4d.knime.node.EngineCall;
import org.polar4d.knime.node.KnimeProgress;
import org.polar4d.knime.node.Polar4DNodeModel;
import org.polar4d.knime.node.TableBuilder;
import org.polar4d.knime.port.DatasetPortObject;
import org.polar4d.knime.port.ModelPortObject;
import org.polar4d.knime.port.PredictionsPortObject;
import org.polar4d.knime.settings.SettingValues;
import org.polar4d.learn.model.PolarizationModel;
import org.polar4d.learn.model.TrainedModel;
import org.polar4d.learn.predict.Predictor;

/**
 * Predicts the polarization class at every position of a scan with every model (all seeds of every connected
 * model) and, for several models, their majority vote.
 */
final class PredictorNodeModel extends Polar4DNodeModel {

    static final String ENSEMBLE = "ensemble";

    PredictorNodeModel() {
        super(PredictorNodeFactory.DEFINITION);
    }

    static TableBuilder positions() {
        TableBuilder t = new TableBuilder().column("Scan row", IntCell.TYPE).column("Scan column", IntCell.TYPE)
                .strings("Class").column("Angle (deg)", DoubleCell.TYPE).column("Confidence", DoubleCell.TYPE)
                .column("Agreement", DoubleCell.TYPE);
        for (PolarizationClass c : PolarizationClass.values()) {
            t.column("Score " + c.name(), DoubleCell.TYPE);
        }
        return t;
    }

    @Override
    protected PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings) {
        return new PortObjectSpec[] {null, positions().spec()};
    }

    private static String datasetName(Dataset4D d, String setting) {
        if (!setting.isBlank()) {
            return setting;
        }
        List<Path> files = d.provenance().files();
        return files.isEmpty() ? d.provenance().format() : files.get(0).getFileName().toString();
    }

    @Override
    protected PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings)
            throws Exception {
        Dataset4D dataset = ((DatasetPortObject) inObjects[0]).dataset();
        List<PolarizationModel> models = new ArrayList<>();
        for (int i = 1; i < inObjects.length; i++) {
            if (inObjects[i] != null) {
                models.addAll(ModelArchives.fromPort((ModelPortObject) inObjects[i]).models());
            }
        }
        String name = datasetName(dataset, settings.get(PredictorNodeFactory.DATASET_NAME));
        List<PredictionTable> each = EngineCall.run("predicting " + name, () -> new Predictor(models)
                .withThreads(Choices.threads()).predictEach(dataset, new KnimeProgress(exec.createSubProgress(0.9))));
        Map<String, PredictionTable> tables = new LinkedHashMap<>();
        for (int m = 0; m < models.size(); m++) {
            PredictionTable t = each.get(m).withMetadata(PredictionTable.KEY_DATASET, name);
            if (models.get(m) instanceof TrainedModel trained) {
                t = t.withMetadata(PredictionTable.KEY_SEED, Long.toString(trained.seed()));
            }
            String key = models.get(m).describe();
            tables.put(tables.containsKey(key) ? key + " #" + (m + 1) : key, t);
        }
        PredictionTable shown = each.get(0);
        if (models.size() > 1) {
            shown = MajorityVote.combine(each).withMetadata(PredictionTable.KEY_MODEL, ENSEMBLE)
                    .withMetadata(PredictionTable.KEY_DATASET, name);
            tables.put(ENSEMBLE, shown);
        }
        int missing = shown.positions() - shown.predictedCount();
        if (missing > 0) {
            warn(String.format(java.util.Locale.ROOT, "%,d of %,d positions have no prediction (undefined direction)",
                    missing, shown.positions()));
        }
        return new PortObject[] {new PredictionsPortObject(tables), positionTable(shown, exec)};
    }

    private static org.knime.core.node.BufferedDataTable positionTable(PredictionTable t, ExecutionContext exec)
            throws Exception {
        TableBuilder table = positions().open(exec);
        int cols = t.scanShape().cols();
        for (int i = 0; i < t.positions(); i++) {
            if (i % 4096 == 0) {
                exec.checkCanceled();
            }
            List<DataCell> cells = new ArrayList<>(List.of(integer(i / cols), integer(i % cols),
                    text(t.predictedClass(i).map(Enum::name).orElse(null)), number(t.angleDegrees(i)),
                    number(t.confidence(i)), number(t.agreement(i))));
            for (int k = 0; k < PolarizationClass.COUNT; k++) {
                cells.add(number(t.score(i, k)));
            }
            table.add(cells.toArray(new DataCell[0]));
        }
        return table.close();
    }
}

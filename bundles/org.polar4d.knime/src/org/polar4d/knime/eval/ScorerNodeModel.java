package org.polar4d.knime.eval;

import static org.polar4d.knime.node.TableBuilder.integer;
import static org.polar4d.knime.node.TableBuilder.number;
import static org.polar4d.knime.node.TableBuilder.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.knime.core.data.DataCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.core.eval.AcceptedLabels;
import org.polar4d.core.eval.ConfusionMatrix;
import org.polar4d.core.eval.EvaluationReport;
import org.polar4d.core.eval.ResultsTable;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.knime.node.EngineCall;
import org.polar4d.knime.node.Polar4DNodeModel;
import org.polar4d.knime.node.TableBuilder;
import org.polar4d.knime.port.PredictionsPortObject;
import org.polar4d.knime.settings.SettingValues;

/** Per-pattern accuracy against dataset-level labels, confusion matrices and the paper's results table. */
final class ScorerNodeModel extends Polar4DNodeModel {

    ScorerNodeModel() {
        super(ScorerNodeFactory.DEFINITION);
    }

    static TableBuilder accuracyTable() {
        return new TableBuilder().strings("Predictions", "Dataset", "Model", "Seed", "Accepted classes")
                .column("Positions", IntCell.TYPE).column("Predicted", IntCell.TYPE).column("Correct", IntCell.TYPE)
                .column("Accuracy (%)", DoubleCell.TYPE).strings("Majority class", "Majority accepted");
    }

    static TableBuilder confusionTable() {
        TableBuilder t = new TableBuilder().strings("Model", "True class");
        for (PolarizationClass c : PolarizationClass.values()) {
            t.column(c.name(), IntCell.TYPE);
        }
        return t.column("None", IntCell.TYPE).column("Class accuracy (%)", DoubleCell.TYPE);
    }

    static TableBuilder resultsTable() {
        return new TableBuilder().strings("Dataset", "Model").column("Seeds", IntCell.TYPE)
                .column("Mean accuracy (%)", DoubleCell.TYPE).column("Std accuracy (%)", DoubleCell.TYPE)
                .strings("Accuracy", "Majority class", "Majority accepted");
    }

    @Override
    protected PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings) {
        return new PortObjectSpec[] {accuracyTable().spec(), confusionTable().spec(), resultsTable().spec()};
    }

    private static String className(int k) {
        return k < 0 ? "none" : PolarizationClass.of(k).name();
    }

    @Override
    protected PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings)
            throws Exception {
        Map<String, PredictionTable> tables = ((PredictionsPortObject) inObjects[0]).tables();
        String accepted = settings.get(ScorerNodeFactory.ACCEPTED);
        Optional<AcceptedLabels> labels = accepted.isBlank() ? Optional.empty()
                : Optional.of(AcceptedLabels.parse(accepted));
        List<EvaluationReport.Source> sources = new ArrayList<>();
        tables.forEach((name, t) -> sources.add(new EvaluationReport.Source(name, t)));
        EvaluationReport report = EngineCall.run("scoring", () -> EvaluationReport.of(sources, d -> labels));

        TableBuilder accuracy = accuracyTable().open(exec);
        for (EvaluationReport.Entry e : report.entries()) {
            var ev = e.evaluation();
            accuracy.add(text(e.source()), text(e.dataset()), text(e.model()), text(e.seed()),
                    text(ev.accepted().toString()), integer(ev.positions()), integer(ev.counts().predicted()),
                    integer(ev.correct()), number(100 * ev.accuracy()), text(className(ev.majorityClass())),
                    text(ev.majorityAccepted() ? "yes" : "no"));
        }
        TableBuilder confusion = confusionTable().open(exec);
        for (Map.Entry<String, ConfusionMatrix> m : report.confusionByModel().entrySet()) {
            ConfusionMatrix cm = m.getValue();
            for (int t = 0; t < PolarizationClass.COUNT; t++) {
                if (cm.rowTotal(t) == 0) {
                    continue;
                }
                List<DataCell> cells = new ArrayList<>(List.of(text(m.getKey()), text(className(t))));
                for (int p = 0; p <= ConfusionMatrix.NONE_COLUMN; p++) {
                    cells.add(integer(cm.count(t, p)));
                }
                cells.add(number(100 * cm.classAccuracy(t)));
                confusion.add(cells.toArray(new DataCell[0]));
            }
        }
        TableBuilder results = resultsTable().open(exec);
        ResultsTable r = report.results();
        for (String dataset : r.datasets()) {
            for (String model : r.models()) {
                Optional<ResultsTable.Cell> cell = r.cell(dataset, model);
                if (cell.isPresent()) {
                    ResultsTable.Cell c = cell.get();
                    results.add(text(dataset), text(model), integer(c.seeds()), number(c.meanPct()),
                            number(c.stdPct()), text(c.text()), text(className(c.majorityClass())),
                            text(c.majorityAccepted() ? "yes" : "no"));
                }
            }
        }
        return new PortObject[] {accuracy.close(), confusion.close(), results.close()};
    }
}

package org.polar4d.knime.learn;

import static org.polar4d.knime.node.TableBuilder.integer;
import static org.polar4d.knime.node.TableBuilder.number;
import static org.polar4d.knime.node.TableBuilder.text;

import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.polar4d.knime.node.TableBuilder;
import org.polar4d.learn.model.EpochRecord;
import org.polar4d.learn.model.TrainedModel;
import org.polar4d.learn.train.TrainingRun;

/** The training curves and the per-seed metrics of a run as KNIME tables. */
final class TrainingTables {

    private TrainingTables() {
    }

    static TableBuilder curve() {
        return new TableBuilder().strings("Seed").column("Epoch", IntCell.TYPE).column("Train loss", DoubleCell.TYPE)
                .column("Validation loss", DoubleCell.TYPE).column("Validation accuracy", DoubleCell.TYPE)
                .column("Seconds", DoubleCell.TYPE);
    }

    static TableBuilder metrics() {
        return new TableBuilder().strings("Seed", "Metric", "Value");
    }

    static BufferedDataTable curve(TrainingRun run, ExecutionContext exec) {
        TableBuilder t = curve().open(exec);
        for (TrainedModel m : run.models()) {
            for (EpochRecord e : m.curve()) {
                t.add(text(Long.toString(m.seed())), integer(e.epoch()), number(e.trainLoss()),
                        number(e.validationLoss()), number(e.validationAccuracy()), number(e.seconds()));
            }
        }
        return t.close();
    }

    static BufferedDataTable metrics(TrainingRun run, ExecutionContext exec) {
        TableBuilder t = metrics().open(exec);
        for (TrainedModel m : run.models()) {
            m.metrics().forEach((k, v) -> t.add(text(Long.toString(m.seed())), text(k), text(v)));
        }
        return t.close();
    }
}

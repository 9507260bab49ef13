package org.polar4d.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.PredictionTable;

/**
 * Evaluation of many prediction tables at once (several datasets × models × seeds), grouped by
 * their metadata: {@code dataset} (default: the source name), {@code model} (default: the source
 * name) and {@code seed}. Each table is one seed of one model on one dataset.
 */
public final class EvaluationReport {

    /** A prediction table and where it came from (e.g. its file name without extension). */
    public record Source(String name, PredictionTable table) {

        /** The {@code dataset} metadata, else the source name. */
        public String dataset() {
            return table.metadata(PredictionTable.KEY_DATASET).orElse(name);
        }

        /** The {@code model} metadata, else the source name. */
        public String model() {
            return table.metadata(PredictionTable.KEY_MODEL).orElse(name);
        }

        /** The {@code seed} metadata, else empty. */
        public String seed() {
            return table.metadata(PredictionTable.KEY_SEED).orElse("");
        }
    }

    /** One evaluated table. */
    public record Entry(String source, String dataset, String model, String seed, PredictionTable table,
            DatasetEvaluation evaluation) {
    }

    private final List<Entry> entries;
    private final ResultsTable results = new ResultsTable();

    private EvaluationReport(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : entries) {
            results.add(e.dataset(), e.model(), e.evaluation());
        }
    }

    /**
     * Evaluates every source.
     *
     * @param labels the accepted labels of a dataset name, if given by the user; otherwise the table's
     *        {@code label} metadata is used
     * @throws IllegalArgumentException if a dataset has no label, or one dataset gets two label sets
     */
    public static EvaluationReport of(List<Source> sources, Function<String, Optional<AcceptedLabels>> labels) {
        List<Entry> entries = new ArrayList<>();
        for (Source s : sources) {
            PredictionTable t = s.table();
            String dataset = s.dataset();
            AcceptedLabels accepted = labels.apply(dataset)
                    .or(() -> t.metadata(PredictionTable.KEY_LABEL).map(AcceptedLabels::parse))
                    .orElseThrow(() -> new IllegalArgumentException("no label for dataset '" + dataset + "' ("
                            + s.name() + "): give the accepted class(es), e.g. RM or RM,RD"));
            entries.add(new Entry(s.name(), dataset, s.model(), s.seed(), t, DatasetEvaluation.of(t, accepted)));
        }
        return new EvaluationReport(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    public ResultsTable results() {
        return results;
    }

    /** Confusion matrices per model, summed over datasets and seeds (model order of the table). */
    public Map<String, ConfusionMatrix> confusionByModel() {
        Map<String, ConfusionMatrix> m = new LinkedHashMap<>();
        for (String model : results.models()) {
            m.put(model, ConfusionMatrix.empty());
        }
        for (Entry e : entries) {
            m.merge(e.model(), e.evaluation().confusion(), ConfusionMatrix::plus);
        }
        return m;
    }

    /**
     * Class counts of every seed, per (dataset, model), in order of first appearance; needs no labels
     * (e.g. for the class-distribution chart).
     */
    public static Map<List<String>, List<ClassCounts>> countsByDatasetAndModel(List<Source> sources) {
        Map<List<String>, List<ClassCounts>> m = new LinkedHashMap<>();
        for (Source s : sources) {
            m.computeIfAbsent(List.of(s.dataset(), s.model()), k -> new ArrayList<>()).add(ClassCounts.of(s.table()));
        }
        return m;
    }

    /** One line per table: source, dataset, model, seed, accepted, positions, accuracy, majority. */
    public String perTableCsv() {
        StringBuilder sb = new StringBuilder(
                "source,dataset,model,seed,accepted,positions,predicted,correct,accuracy_pct,majority_class,majority_accepted\n");
        for (Entry e : entries) {
            DatasetEvaluation ev = e.evaluation();
            int k = ev.majorityClass();
            sb.append(String.join(",", CsvText.quote(e.source()), CsvText.quote(e.dataset()), CsvText.quote(e.model()),
                    CsvText.quote(e.seed()), CsvText.quote(ev.accepted().toString()), Long.toString(ev.positions()),
                    Long.toString(ev.counts().predicted()),
                    Long.toString(ev.correct()), String.format(Locale.ROOT, "%.4f", 100 * ev.accuracy()),
                    k < 0 ? "none" : PolarizationClass.of(k).name(), Boolean.toString(ev.majorityAccepted())))
                    .append('\n');
        }
        return sb.toString();
    }

}

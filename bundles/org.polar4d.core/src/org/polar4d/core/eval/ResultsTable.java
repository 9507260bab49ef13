package org.polar4d.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.polar4d.core.label.PolarizationClass;

/**
 * The paper's results table (§11): rows are datasets, columns are models, each cell the per-pattern
 * accuracy as mean ± population standard deviation over seeds, in percent ("%.1f ± %.1f"), the best
 * cell of each row in bold. Under each dataset a "majority" row gives, per model, the most frequent
 * class over all seeds' predictions and whether it is accepted (✓) or not (✗). Rows and columns keep
 * the order in which datasets and models were first added.
 */
public final class ResultsTable {

    /** One (dataset, model) cell over its seeds. */
    public record Cell(List<Double> accuraciesPct, ClassCounts counts, AcceptedLabels accepted) {

        public int seeds() {
            return accuraciesPct.size();
        }

        public double meanPct() {
            return accuraciesPct.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }

        /** Population standard deviation (ddof = 0), as in the paper. */
        public double stdPct() {
            double m = meanPct();
            double ss = accuraciesPct.stream().mapToDouble(a -> (a - m) * (a - m)).sum();
            return Math.sqrt(ss / accuraciesPct.size());
        }

        /** "%.1f ± %.1f". */
        public String text() {
            return String.format(Locale.ROOT, "%.1f ± %.1f", meanPct(), stdPct());
        }

        /** Mode over all seeds' predictions, ties to the smallest class index; −1 without predictions. */
        public int majorityClass() {
            return counts.majority();
        }

        public boolean majorityAccepted() {
            return accepted.accepts(majorityClass());
        }

        String majorityText() {
            int k = majorityClass();
            return k < 0 ? "none ✗" : PolarizationClass.of(k).name() + (majorityAccepted() ? " ✓" : " ✗");
        }
    }

    private final Map<String, AcceptedLabels> datasets = new LinkedHashMap<>();
    private final List<String> models = new ArrayList<>();
    private final Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();

    /** Adds the evaluation of one seed of {@code model} on {@code dataset}. */
    public ResultsTable add(String dataset, String model, DatasetEvaluation evaluation) {
        AcceptedLabels known = datasets.putIfAbsent(dataset, evaluation.accepted());
        if (known != null && !known.equals(evaluation.accepted())) {
            throw new IllegalArgumentException("dataset '" + dataset + "' was evaluated against " + known
                    + " and against " + evaluation.accepted() + "; use one set of labels per dataset");
        }
        if (!models.contains(model)) {
            models.add(model);
        }
        Map<String, Cell> row = cells.computeIfAbsent(dataset, d -> new LinkedHashMap<>());
        Cell old = row.get(model);
        List<Double> acc = new ArrayList<>(old == null ? List.of() : old.accuraciesPct());
        acc.add(100.0 * evaluation.accuracy());
        ClassCounts counts = old == null ? evaluation.counts() : old.counts().plus(evaluation.counts());
        row.put(model, new Cell(List.copyOf(acc), counts, evaluation.accepted()));
        return this;
    }

    public List<String> datasets() {
        return List.copyOf(datasets.keySet());
    }

    public List<String> models() {
        return List.copyOf(models);
    }

    public Optional<Cell> cell(String dataset, String model) {
        return Optional.ofNullable(cells.getOrDefault(dataset, Map.of()).get(model));
    }

    /** The models whose cell text is the best (highest rounded mean) of the row; several on a tie. */
    public List<String> bestModels(String dataset) {
        double best = Double.NEGATIVE_INFINITY;
        for (String m : models) {
            best = Math.max(best, cell(dataset, m).map(c -> rounded(c.meanPct())).orElse(Double.NEGATIVE_INFINITY));
        }
        double b = best;
        return models.stream().filter(m -> cell(dataset, m).map(c -> rounded(c.meanPct()) == b).orElse(false))
                .collect(Collectors.toList());
    }

    private static double rounded(double pct) {
        return Double.isNaN(pct) ? Double.NEGATIVE_INFINITY : Math.round(pct * 10) / 10.0;
    }

    /** Markdown with bold best cells and a majority row under each dataset. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("| Dataset | Accepted |");
        models.forEach(m -> sb.append(' ').append(escape(m)).append(" |"));
        sb.append("\n|---|---|");
        models.forEach(m -> sb.append("---:|"));
        sb.append('\n');
        for (Map.Entry<String, AcceptedLabels> d : datasets.entrySet()) {
            List<String> best = bestModels(d.getKey());
            sb.append("| ").append(escape(d.getKey())).append(" | ").append(d.getValue()).append(" |");
            for (String m : models) {
                String text = cell(d.getKey(), m).map(Cell::text).orElse("–");
                sb.append(' ').append(best.contains(m) && !text.equals("–") ? "**" + text + "**" : text).append(" |");
            }
            sb.append("\n| ").append(escape(d.getKey())).append(" majority | |");
            for (String m : models) {
                sb.append(' ').append(cell(d.getKey(), m).map(Cell::majorityText).orElse("–")).append(" |");
            }
            sb.append('\n');
        }
        sb.append("\nAccuracy per pattern in %, mean ± population std over seeds (").append(seedSummary())
                .append("); best per row in bold. Majority: most frequent class over all seeds' predictions, ✓ = "
                        + "an accepted label, ✗ = not.\n");
        return sb.toString();
    }

    private String seedSummary() {
        List<Integer> counts = cells.values().stream().flatMap(r -> r.values().stream()).map(Cell::seeds).distinct()
                .sorted().collect(Collectors.toList());
        if (counts.size() == 1) {
            return counts.get(0) + (counts.get(0) == 1 ? " seed" : " seeds");
        }
        return counts.stream().map(String::valueOf).collect(Collectors.joining("/")) + " seeds per cell";
    }

    /**
     * CSV, one line per (dataset, model): {@code dataset,accepted,model,seeds,accuracy_mean_pct,
     * accuracy_std_pct,accuracy_pct_per_seed,cell,best,majority_class,majority_accepted}; per-seed
     * values are separated by {@code ;} in the order they were added.
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder("dataset,accepted,model,seeds,accuracy_mean_pct,accuracy_std_pct,"
                + "accuracy_pct_per_seed,cell,best,majority_class,majority_accepted\n");
        for (Map.Entry<String, AcceptedLabels> d : datasets.entrySet()) {
            List<String> best = bestModels(d.getKey());
            for (String m : models) {
                Optional<Cell> c = cell(d.getKey(), m);
                if (c.isEmpty()) {
                    continue;
                }
                Cell cell = c.get();
                int k = cell.majorityClass();
                sb.append(CsvText.quote(d.getKey())).append(',').append(CsvText.quote(d.getValue().toString()))
                        .append(',').append(CsvText.quote(m))
                        .append(',').append(cell.seeds())
                        .append(String.format(Locale.ROOT, ",%.4f,%.4f,", cell.meanPct(), cell.stdPct()))
                        .append(cell.accuraciesPct().stream().map(a -> String.format(Locale.ROOT, "%.4f", a))
                                .collect(Collectors.joining(";")))
                        .append(',').append(CsvText.quote(cell.text())).append(',').append(best.contains(m)).append(',')
                        .append(k < 0 ? "none" : PolarizationClass.of(k).name()).append(',')
                        .append(cell.majorityAccepted()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }
}

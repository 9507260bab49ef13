package org.polar4d.learn.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.polar4d.core.data.Quantity;
import org.polar4d.core.eval.EvaluationReport;
import org.polar4d.core.eval.ResultsTable;
import org.polar4d.core.filter.FilterReport;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.preprocess.DatasetReference;
import org.polar4d.learn.train.TrainingRun;

/**
 * What a demo run did and measured, for the report and for callers.
 *
 * @param trainingScans one per class
 * @param testScans in the order of the conditions and their classes
 * @param filterReport patterns removed from each training scan
 * @param references global centre of mass of each training scan
 * @param runs the CNN run, then the PCA-kNN run
 * @param seedTables one prediction table per test scan, model and seed
 * @param votes the majority vote over seeds per test scan and model
 * @param evaluation accuracy of every seed table and the results table
 * @param stageSeconds wall time per stage, and "total"
 */
public record DemoResult(DemoSettings settings, DemoFiles files, List<Scan> trainingScans, List<Scan> testScans,
        FilterReport filterReport, List<DatasetReference> references, List<TrainingRun> runs,
        List<PredictionTable> seedTables, List<PredictionTable> votes, EvaluationReport evaluation,
        Map<String, Double> stageSeconds) {

    /**
     * One simulated scan.
     *
     * @param seed seed of its noise
     * @param scanStep distance between probe positions
     * @param details every simulation setting and the derived sampling ({@code sim.*})
     */
    public record Scan(String name, ScanCondition condition, PolarizationClass label, long seed, Quantity scanStep,
            Map<String, String> details) {
    }

    public DemoResult {
        trainingScans = List.copyOf(trainingScans);
        testScans = List.copyOf(testScans);
        runs = List.copyOf(runs);
        seedTables = List.copyOf(seedTables);
        votes = List.copyOf(votes);
        stageSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
    }

    public ResultsTable results() {
        return evaluation.results();
    }

    /** Model names in the order of the results table's columns. */
    public List<String> models() {
        return results().models();
    }

    /** Test scans of one condition. */
    public List<Scan> scansOf(ScanCondition condition) {
        List<Scan> out = new ArrayList<>();
        for (Scan s : testScans) {
            if (s.condition().equals(condition)) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * Mean per-pattern accuracy in % of a model over all seeds and scans of one condition; empty if the
     * model did not predict them.
     */
    public OptionalDouble meanAccuracyPct(ScanCondition condition, String model) {
        return scansOf(condition).stream().map(s -> results().cell(s.name(), model)).filter(c -> c.isPresent())
                .mapToDouble(c -> c.get().meanPct()).average();
    }
}

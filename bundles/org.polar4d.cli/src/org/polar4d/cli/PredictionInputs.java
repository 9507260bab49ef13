package org.polar4d.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.polar4d.core.data.Quantity;
import org.polar4d.core.eval.AcceptedLabels;
import org.polar4d.core.eval.EvaluationReport;
import org.polar4d.core.predict.PredictionCsv;

/** Reading prediction CSVs and the label and scan-step options shared by evaluate and render. */
final class PredictionInputs {

    /** Metadata key of the scan step written by {@code predict}, e.g. {@code 0.4 nm}. */
    static final String KEY_SCAN_STEP = "scan_step";

    private PredictionInputs() {
    }

    static List<EvaluationReport.Source> read(List<Path> files) throws IOException {
        List<EvaluationReport.Source> sources = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
            sources.add(new EvaluationReport.Source(name, PredictionCsv.read(f)));
        }
        return sources;
    }

    /**
     * Parses {@code --label} values: {@code RM} or {@code RM,RD} for every dataset, {@code 4E=RM,RD}
     * for one dataset (which takes precedence).
     */
    static final class Labels {
        private AcceptedLabels all;
        private final Map<String, AcceptedLabels> byDataset = new LinkedHashMap<>();

        Labels(List<String> options) throws UsageException {
            for (String o : options == null ? List.<String>of() : options) {
                int eq = o.indexOf('=');
                try {
                    if (eq < 0) {
                        if (all != null) {
                            throw new UsageException("--label without a dataset name given twice ('" + all + "' and '"
                                    + o + "'); use DATASET=CLASSES for per-dataset labels");
                        }
                        all = AcceptedLabels.parse(o);
                    } else {
                        byDataset.put(o.substring(0, eq).trim(), AcceptedLabels.parse(o.substring(eq + 1)));
                    }
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--label " + o + ": " + e.getMessage());
                }
            }
        }

        Optional<AcceptedLabels> forDataset(String dataset) {
            return Optional.ofNullable(byDataset.getOrDefault(dataset, all));
        }
    }

    /** Parses a scan step such as {@code 0.4 nm}, {@code 0.4nm} or {@code 2e-10 m}. */
    static Quantity parseStep(String text) {
        String t = text.trim();
        int i = 0;
        while (i < t.length() && "+-.0123456789eE".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        // an 'e' directly before the unit belongs to the unit only if no digit follows
        while (i > 0 && (t.charAt(i - 1) == 'e' || t.charAt(i - 1) == 'E')) {
            i--;
        }
        try {
            double v = Double.parseDouble(t.substring(0, i));
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("the scan step must be positive, got '" + text + "'");
            }
            return new Quantity(v, t.substring(i).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("scan step must look like '0.4 nm', got '" + text + "'");
        }
    }
}

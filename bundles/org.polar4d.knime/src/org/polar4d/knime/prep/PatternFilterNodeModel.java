package org.polar4d.knime.prep;

import java.util.Locale;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.filter.FilterSettings;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.patterns.PatternSets;
import org.polar4d.core.preprocess.DatasetAnalysis;
import org.polar4d.core.preprocess.PreprocessingRecipe;
import org.polar4d.knime.node.Choices;
import org.polar4d.knime.node.EngineCall;
import org.polar4d.knime.node.KnimeProgress;
import org.polar4d.knime.node.Polar4DNodeModel;
import org.polar4d.knime.port.DatasetPortObject;
import org.polar4d.knime.port.PatternSetPortObject;
import org.polar4d.knime.settings.SettingValues;

/**
 * Drops the patterns whose raw frames fail the paper's filters; the filters are measured on the dataset the patterns
 * were cut from (uncropped frames, as in the paper).
 */
final class PatternFilterNodeModel extends Polar4DNodeModel {

    PatternFilterNodeModel() {
        super(PatternFilterNodeFactory.DEFINITION);
    }

    @Override
    protected PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings) {
        return new PortObjectSpec[] {null};
    }

    @Override
    protected PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings)
            throws Exception {
        Dataset4D dataset = ((DatasetPortObject) inObjects[0]).dataset();
        PatternSet patterns = ((PatternSetPortObject) inObjects[1]).patterns();
        FilterSettings filters = PatternFilterNodeFactory.filters(settings);
        if (!filters.any()) {
            warn("No filter is switched on; every pattern is kept");
            return new PortObject[] {inObjects[1]};
        }
        if (patterns.sources().size() != 1) {
            throw new InvalidSettingsException("The patterns come from " + patterns.sources().size() + " datasets; "
                    + "filter the patterns of each dataset before combining them (Label & Combine)");
        }
        ScanShape scan = dataset.scanShape();
        PreprocessingRecipe recipe = PreprocessingRecipe.fromProperties(patterns.recipe());
        DatasetAnalysis analysis = EngineCall.run("measuring the filters", () -> DatasetAnalysis.run(dataset,
                patterns.sources().get(0), recipe, filters, Choices.threads(), new KnimeProgress(exec)));
        boolean[] keep = analysis.keep();
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.row(i) >= scan.rows() || patterns.col(i) >= scan.cols()) {
                throw new InvalidSettingsException("Pattern " + i + " is at scan position (" + patterns.row(i) + ", "
                        + patterns.col(i) + "), outside the " + scan + " scan of the dataset: connect the dataset the "
                        + "patterns were cut from");
            }
        }
        PatternSet kept = PatternSets.filter(patterns, i -> keep[(int) scan.index(patterns.row(i), patterns.col(i))]);
        int removed = patterns.size() - kept.size();
        if (removed > 0) {
            warn(String.format(Locale.ROOT, "%,d of %,d patterns filtered out (centre-of-mass shift: %,d, intensity: "
                    + "%,d)", removed, patterns.size(), analysis.report().removedByComShift(),
                    analysis.report().removedByIntensity()));
        }
        return new PortObject[] {new PatternSetPortObject(kept)};
    }
}

package org.polar4d.knime.prep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.patterns.PatternSets;
import org.polar4d.knime.node.EngineCall;
import org.polar4d.knime.node.Polar4DNodeModel;
import org.polar4d.knime.port.PatternSetPortObject;
import org.polar4d.knime.settings.SettingValues;

/** Gives each input pattern set its dataset-level label and concatenates them into one training set. */
final class LabelCombineNodeModel extends Polar4DNodeModel {

    LabelCombineNodeModel() {
        super(LabelCombineNodeFactory.DEFINITION);
    }

    @Override
    protected PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings) {
        return new PortObjectSpec[] {null};
    }

    @Override
    protected PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings)
            throws Exception {
        List<PatternSet> parts = new ArrayList<>();
        for (int i = 0; i < inObjects.length; i++) {
            if (inObjects[i] == null) {
                continue;
            }
            PatternSet set = ((PatternSetPortObject) inObjects[i]).patterns();
            String label = settings.get(LabelCombineNodeFactory.LABELS.get(i));
            parts.add(LabelCombineNodeFactory.KEEP.equals(label) ? set
                    : PatternSets.relabel(set, PolarizationClass.parse(label).index()));
        }
        PatternSet combined = EngineCall.run("combining pattern sets", () -> PatternSets.concat(parts));
        int unlabelled = PatternSets.labelCounts(combined)[PolarizationClass.COUNT];
        if (unlabelled > 0) {
            warn(String.format(Locale.ROOT, "%,d of %,d patterns have no label; set 'Label of input N' for their input "
                    + "before training", unlabelled, combined.size()));
        }
        return new PortObject[] {new PatternSetPortObject(combined)};
    }
}

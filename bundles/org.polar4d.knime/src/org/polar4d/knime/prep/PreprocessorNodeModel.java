package org.polar4d.knime.prep;

import java.util.List;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.filter.FilterSettings;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSetTarget;
import org.polar4d.core.preprocess.LabelledDataset;
import org.polar4d.core.preprocess.PatternSetBuilder;
import org.polar4d.knime.node.Choices;
import org.polar4d.knime.node.EngineCall;
import org.polar4d.knime.node.KnimeProgress;
import org.polar4d.knime.node.Polar4DNodeModel;
import org.polar4d.knime.port.DatasetPortObject;
import org.polar4d.knime.port.PatternSetPortObject;
import org.polar4d.knime.settings.SettingValues;

/** Cuts a dataset's frames into the paper's normalised crops (one pattern per probe position). */
final class PreprocessorNodeModel extends Polar4DNodeModel {

    PreprocessorNodeModel() {
        super(PreprocessorNodeFactory.DEFINITION);
    }

    @Override
    protected PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings)
            throws InvalidSettingsException {
        PreprocessorNodeFactory.recipe(settings);
        return new PortObjectSpec[] {null};
    }

    static LabelledDataset labelled(Dataset4D d, String label) {
        if (PreprocessorNodeFactory.FROM_DATASET.equals(label)) {
            return LabelledDataset.of(d);
        }
        if (PreprocessorNodeFactory.NONE.equals(label)) {
            return LabelledDataset.unlabelled(d);
        }
        return LabelledDataset.of(d, PolarizationClass.parse(label));
    }

    @Override
    protected PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings)
            throws Exception {
        Dataset4D dataset = ((DatasetPortObject) inObjects[0]).dataset();
        PatternSetBuilder builder = new PatternSetBuilder(PreprocessorNodeFactory.recipe(settings), FilterSettings.NONE,
                Choices.threads());
        LabelledDataset input = labelled(dataset, settings.get(PreprocessorNodeFactory.LABEL));
        PatternSetBuilder.Result result = EngineCall.run("preprocessing " + input.name(),
                () -> builder.build(List.of(input), PatternSetTarget.memory(), new KnimeProgress(exec)));
        return new PortObject[] {new PatternSetPortObject(result.patterns())};
    }
}

package org.polar4d.knime.prep;

import org.knime.core.node.InvalidSettingsException;
import org.polar4d.core.preprocess.PreprocessingRecipe;

/** Opens the preprocessor node's recipe translation to tests in other packages. */
public final class PrepTestAccess {

    private PrepTestAccess() {
    }

    public static PreprocessingRecipe recipe(int cropSize) throws InvalidSettingsException {
        return PreprocessorNodeFactory.recipe(PreprocessorNodeFactory.SCHEMA.defaults()
                .with(PreprocessorNodeFactory.CROP, cropSize));
    }
}

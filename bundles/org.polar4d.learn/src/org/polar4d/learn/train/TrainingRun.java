package org.polar4d.learn.train;

import java.util.List;
import java.util.Map;

import org.polar4d.learn.model.TrainedModel;

/**
 * The outcome of training one learner with one or more seeds: one model per seed, with the settings,
 * the preprocessing recipe and the names of the training datasets. This is what a model archive holds.
 *
 * @param recipe preprocessing recipe of the training patterns, verbatim ({@code PatternSet.recipe()})
 * @param sources names of the datasets the training patterns came from
 * @param augmentation description of the training augmentation as properties (empty: none)
 * @param polar4dVersion version of Polar4D that trained the models
 * @param created ISO-8601 instant of the end of training
 */
public record TrainingRun(TrainingSettings settings, int height, int width, Map<String, String> recipe,
        List<String> sources, Map<String, String> augmentation, String polar4dVersion, String created, List<TrainedModel> models) {

    public TrainingRun {
        recipe = Map.copyOf(recipe);
        sources = List.copyOf(sources);
        augmentation = Map.copyOf(augmentation);
        models = List.copyOf(models);
    }
}

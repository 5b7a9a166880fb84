package org.arstance.models;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.arstance.features.FeatureConfig;
import org.arstance.text.AnalysisConfig;

/**
 * One candidate of a benchmark's model selection.
 *
 * @param name            how the selection table names it
 * @param analysis        the Arabic analysis steps
 * @param features        word and character n-gram TF-IDF settings
 * @param models          one model, or several whose class probabilities are averaged (an ensemble)
 * @param perGroup        one model per group (target) instead of one pooled model
 * @param groupIndicator  pooled model only: add an indicator feature of the example's group
 * @param nbFeatures      NB-SVM: one-vs-rest models on features scaled by each class's log-count ratio
 * @param nbAlpha         the log-count ratio's smoothing
 * @param pairDifference  pair tasks: add the words found in only one of the two sentences
 * @param stackAuxiliary  auxiliary label columns to stack (empty: none): a classifier per column,
 *                        fitted on the training examples, whose predicted class probabilities are
 *                        added to the features ({@link AuxiliaryStack})
 */
public record CandidateConfig(String name, AnalysisConfig analysis, FeatureConfig features, List<ModelConfig> models,
                              boolean perGroup, boolean groupIndicator, boolean nbFeatures, double nbAlpha,
                              boolean pairDifference,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> stackAuxiliary) {

    public CandidateConfig {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("a candidate needs at least one model");
        }
        models = List.copyOf(models);
        stackAuxiliary = List.copyOf(stackAuxiliary);
    }

    /** A candidate that stacks no auxiliary label. */
    public CandidateConfig(String name, AnalysisConfig analysis, FeatureConfig features, List<ModelConfig> models,
                           boolean perGroup, boolean groupIndicator, boolean nbFeatures, double nbAlpha,
                           boolean pairDifference) {
        this(name, analysis, features, models, perGroup, groupIndicator, nbFeatures, nbAlpha, pairDifference, List.of());
    }
}

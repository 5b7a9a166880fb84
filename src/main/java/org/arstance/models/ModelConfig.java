package org.arstance.models;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which model family to train and its settings.
 *
 * @param trainer      the model family
 * @param classWeights {@code balanced}: each class weighs N / (K * n_class) (example weights for
 *                     Tribuo's SGD, naive Bayes and CART; label weights for liblinear; oversampling
 *                     to the largest class for Smile); {@code none}: every paragraph weighs 1
 * @param epochs       logistic regression: passes over the data
 * @param learningRate logistic regression: AdaGrad's initial learning rate
 * @param cost         linear SVM: liblinear's C
 * @param alpha        naive Bayes: additive smoothing
 * @param maxDepth     CART: maximum depth
 * @param lambda       Smile logistic regression: L2 penalty
 */
public record ModelConfig(
        @JsonProperty("trainer") TrainerKind trainer,
        @JsonProperty("class_weights") String classWeights,
        @JsonProperty("epochs") int epochs,
        @JsonProperty("learning_rate") double learningRate,
        @JsonProperty("cost") double cost,
        @JsonProperty("alpha") double alpha,
        @JsonProperty("max_depth") int maxDepth,
        @JsonProperty("lambda") double lambda) {

    public static final String BALANCED = "balanced";
    public static final String NONE = "none";

    public ModelConfig {
        if (!BALANCED.equals(classWeights) && !NONE.equals(classWeights)) {
            throw new IllegalArgumentException("class_weights must be 'balanced' or 'none', not '" + classWeights + "'");
        }
        if (epochs < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("epochs and max_depth must be at least 1");
        }
        if (!(learningRate > 0) || !(cost > 0) || !(alpha > 0) || !(lambda >= 0)) {
            throw new IllegalArgumentException("learning_rate, cost and alpha must be positive; lambda not negative");
        }
    }

    public boolean balanced() {
        return BALANCED.equals(classWeights);
    }

    public ModelConfig withTrainer(TrainerKind kind) {
        return new ModelConfig(kind, classWeights, epochs, learningRate, cost, alpha, maxDepth, lambda);
    }
}

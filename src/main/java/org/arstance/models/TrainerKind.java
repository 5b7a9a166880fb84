package org.arstance.models;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The model families a config can choose, and the feature values each is trained on. */
public enum TrainerKind {
    /** Tribuo multinomial logistic regression (linear SGD, log loss, AdaGrad). */
    LOGISTIC_REGRESSION(false),
    /** Tribuo's liblinear L2-regularized linear SVM (dual solver). */
    LINEAR_SVM(false),
    /** Tribuo's liblinear L2-regularized logistic regression (primal solver, with probabilities). */
    LIBLINEAR_LOGISTIC(false),
    /** Tribuo multinomial naive Bayes, on raw term counts. */
    NAIVE_BAYES(true),
    /** Tribuo CART decision tree. */
    CART(false),
    /** Smile's sparse multinomial logistic regression, fit by L-BFGS with an L2 penalty. */
    SMILE_LOGISTIC(false);

    private final boolean counts;

    TrainerKind(boolean counts) {
        this.counts = counts;
    }

    /** True when the family is trained on raw term counts rather than TF-IDF values. */
    public boolean usesCounts() {
        return counts;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static TrainerKind fromId(String id) {
        for (TrainerKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown trainer '" + id + "' (known: "
                + Arrays.stream(values()).map(TrainerKind::id).collect(Collectors.joining(", ")) + ")");
    }
}

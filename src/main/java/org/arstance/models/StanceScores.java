package org.arstance.models;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The stance classifier's probabilities for one paragraph, and the stance they give once the
 * paragraph's source is known. The annotation guide ties the two: a paragraph with no source
 * takes no stance, and a source on a topic with a target takes one (any stance value but the no-stance one).
 * So the stance is the classifier's most probable value among those the source allows, with the
 * classifier's own probability for it; a prediction never breaks a rule its labels must follow.
 */
public final class StanceScores {

    /**
     * A stance with its probability; the features that weighed most for it are worked out only
     * when asked for ({@link #evidence}), as classify does and an evaluation does not.
     */
    public static final class Stance {
        private final String value;
        private final double probability;
        private final Supplier<List<Evidence>> evidence;

        Stance(String value, double probability, Supplier<List<Evidence>> evidence) {
            this.value = value;
            this.probability = probability;
            this.evidence = evidence;
        }

        public String value() {
            return value;
        }

        public double probability() {
            return probability;
        }

        /** The features that weighed most for this stance (none for a stance given by rule). */
        public List<Evidence> evidence() {
            return evidence.get();
        }
    }

    private final List<String> labels;
    private final double[] probabilities;
    private final String noStance;
    private final String noSource;
    private final Function<String, List<Evidence>> evidence;
    /** For a topic without a target: the probability reported with its no-stance value. */
    private final double fixedProbability;

    private StanceScores(List<String> labels, double[] probabilities, String noStance, String noSource,
                         Function<String, List<Evidence>> evidence, double fixedProbability) {
        this.labels = labels;
        this.probabilities = probabilities;
        this.noStance = noStance;
        this.noSource = noSource;
        this.evidence = evidence;
        this.fixedProbability = fixedProbability;
    }

    /**
     * The classifier's scores ({@code probabilities} is kept, not copied).
     *
     * @param evidence the features that weighed most for a given stance value (computed only for
     *                 the value given)
     */
    static StanceScores of(List<String> labels, double[] probabilities, String noStance, String noSource,
                           Function<String, List<Evidence>> evidence) {
        return new StanceScores(List.copyOf(labels), probabilities, noStance, noSource, evidence, Double.NaN);
    }

    /** A topic without a target (or a model without a stance classifier): no stance, whatever the source. */
    static StanceScores noTarget(String noStance, double probability) {
        return new StanceScores(null, null, noStance, null, null, probability);
    }

    /** The stance once the paragraph's source is {@code source}. */
    public Stance given(String source) {
        if (labels == null) {
            return new Stance(noStance, fixedProbability, List::of);
        }
        boolean silent = source.equals(noSource);
        int best = -1;
        for (int i = 0; i < labels.size(); i++) {
            boolean allowed = silent == labels.get(i).equals(noStance);
            if (allowed && (best < 0 || probabilities[i] > probabilities[best])) {
                best = i;
            }
        }
        if (best < 0) {
            if (silent) {
                // the classifier never saw a paragraph without a source: no stance, which it gave no mass
                return new Stance(noStance, 0.0, List::of);
            }
            best = ArstanceModel.argmax(probabilities);
        }
        String value = labels.get(best);
        return new Stance(value, probabilities[best], () -> evidence.apply(value));
    }

    /** The classifier's own most probable value, whatever the source (no stance for a topic without a target). */
    public String unconstrained() {
        return labels == null ? noStance : labels.get(ArstanceModel.argmax(probabilities));
    }
}

package org.arstance.models;

import java.util.Arrays;
import java.util.List;
import org.arstance.corpus.BenchmarkExample;
import org.arstance.features.FeatureConfig;
import org.arstance.features.SparseVector;
import org.arstance.features.TfidfVectorizer;

/**
 * One auxiliary label column's classifier: a TF-IDF vocabulary and a liblinear L2 logistic
 * regression (C 1, unweighted, so its probabilities stay calibrated), both fitted on the given
 * training examples that have a value in the column. It gives a probability for each of a fixed
 * list of values (0 for a value its training examples lack), or their frequencies when an
 * example has no known feature. It reads only the text of the examples it scores.
 */
final class AuxiliaryModel {

    static final ModelConfig LOGISTIC = new ModelConfig(TrainerKind.LIBLINEAR_LOGISTIC, ModelConfig.NONE, 1, 0.1, 1.0, 1.0, 1, 0.0);

    private final ExampleFeatures features;
    private final List<String> values;
    private final TfidfVectorizer vocabulary;
    private final LabelClassifier classifier;
    private final double[] prior;

    private AuxiliaryModel(ExampleFeatures features, List<String> values, TfidfVectorizer vocabulary,
                           LabelClassifier classifier, double[] prior) {
        this.features = features;
        this.values = values;
        this.vocabulary = vocabulary;
        this.classifier = classifier;
        this.prior = prior;
    }

    /** Fits the classifier of {@code column} on those of {@code train} that have a value in it. */
    static AuxiliaryModel fit(List<BenchmarkExample> train, String column, List<String> values, ExampleFeatures features,
                              FeatureConfig tfidf, long seed) {
        List<BenchmarkExample> labelled = train.stream().filter(e -> e.auxiliary().containsKey(column)).toList();
        List<String> y = labelled.stream().map(e -> e.auxiliary().get(column)).toList();
        double[] prior = new double[values.size()];
        y.forEach(v -> prior[values.indexOf(v)] += 1.0 / y.size());
        if (y.stream().distinct().count() < 2) {
            if (y.isEmpty()) {
                Arrays.fill(prior, 1.0 / values.size());
            }
            return new AuxiliaryModel(features, values, null, null, prior);
        }
        TfidfVectorizer vocabulary = TfidfVectorizer.fit(labelled.stream().map(features::counts).toList(), tfidf);
        List<SparseVector> x = labelled.stream().map(e -> vocabulary.tfidf(features.counts(e))).toList();
        LabelClassifier classifier = ClassifierTrainer.forConfig(LOGISTIC)
                .train(x, y, ClassifierTrainer.unitWeights(y.size()), new FeatureSpace(vocabulary, List.of()), seed);
        return new AuxiliaryModel(features, values, vocabulary, classifier, prior);
    }

    /** The probability of each value, in the order of the values given to {@link #fit}. */
    double[] probabilities(BenchmarkExample e) {
        if (classifier == null) {
            return prior.clone();
        }
        SparseVector x = vocabulary.tfidf(features.counts(e));
        if (x.isEmpty()) {
            return prior.clone();
        }
        double[] p = classifier.probabilities(x);
        double[] out = new double[values.size()];
        List<String> labels = classifier.labels();
        for (int l = 0; l < labels.size(); l++) {
            out[values.indexOf(labels.get(l))] = p[l];
        }
        return out;
    }
}

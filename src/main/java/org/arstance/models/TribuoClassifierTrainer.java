package org.arstance.models;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arstance.features.SparseVector;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.mnb.MultinomialNaiveBayesTrainer;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains one of Tribuo's classifiers on sparse vectors. Class weights reach Tribuo as example
 * weights (SGD, naive Bayes, CART) or label weights (liblinear).
 *
 * <p>Tribuo logs every training at INFO on standard error; arstance reports its own progress
 * through the callers' progress consumers, so Tribuo's logger ({@code org.tribuo}) is set to
 * WARNING once this class loads. A program that wants Tribuo's lines sets the level back.
 */
final class TribuoClassifierTrainer implements ClassifierTrainer {

    /** Held here so that the logger, and the level set on it, is not collected. */
    private static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");

    static {
        TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /** A fixed time for the data provenance: the model's bytes must not depend on the clock. */
    static final OffsetDateTime FIXED_TIME = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    static final LabelFactory LABELS = new LabelFactory();

    private final ModelConfig config;

    TribuoClassifierTrainer(ModelConfig config) {
        this.config = config;
    }

    @Override
    public LabelClassifier train(List<SparseVector> x, List<String> y, double[] weights, FeatureSpace space, long seed) {
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("arstance paragraphs", FIXED_TIME, LABELS), LABELS);
        boolean liblinear = config.trainer() == TrainerKind.LINEAR_SVM || config.trainer() == TrainerKind.LIBLINEAR_LOGISTIC;
        boolean exampleWeights = config.balanced() && !liblinear;
        for (int i = 0; i < x.size(); i++) {
            ArrayExample<Label> ex = TribuoLabelClassifier.example(new Label(y.get(i)), x.get(i), space);
            if (exampleWeights) {
                ex.setWeight((float) weights[i]);
            }
            data.add(ex);
        }
        Trainer<Label> trainer = trainer(seed);
        if (trainer instanceof LibLinearClassificationTrainer svm && config.balanced()) {
            svm.setLabelWeights(labelWeights(y, weights));
        }
        Model<Label> model = trainer.train(data);
        return new TribuoLabelClassifier(model, space, config.trainer());
    }

    private Trainer<Label> trainer(long seed) {
        return switch (config.trainer()) {
            case LOGISTIC_REGRESSION -> new LinearSGDTrainer(new LogMulticlass(),
                    new AdaGrad(config.learningRate(), 0.1), config.epochs(), Integer.MAX_VALUE, 1, seed);
            case LINEAR_SVM -> new LibLinearClassificationTrainer(
                    new LinearClassificationType(LinearClassificationType.LinearType.L2R_L2LOSS_SVC_DUAL),
                    config.cost(), 1000, 0.1, seed);
            case LIBLINEAR_LOGISTIC -> new LibLinearClassificationTrainer(
                    new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR),
                    config.cost(), 1000, 0.01, seed);
            case NAIVE_BAYES -> new MultinomialNaiveBayesTrainer(config.alpha());
            case CART -> new CARTClassificationTrainer(config.maxDepth(), 1.0f, seed);
            case SMILE_LOGISTIC -> throw new IllegalArgumentException("not a Tribuo trainer: " + config.trainer().id());
        };
    }

    private static Map<Label, Float> labelWeights(List<String> y, double[] weights) {
        Map<Label, Float> w = new HashMap<>();
        for (int i = 0; i < y.size(); i++) {
            w.put(new Label(y.get(i)), (float) weights[i]);
        }
        return w;
    }
}

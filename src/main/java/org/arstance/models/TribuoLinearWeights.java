package org.arstance.models;

import java.util.List;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.common.liblinear.LibLinearModel;
import org.tribuo.math.la.DenseMatrix;

/**
 * Reads the weights out of a trained Tribuo linear model (linear SGD, or liblinear SVM and
 * logistic regression) into a {@link LinearScorer} over a {@link FeatureSpace}: each of the
 * space's features is looked up by name in the model's feature map once, here, instead of once
 * per paragraph. The Tribuo model stays the source of truth: it is what the model file stores,
 * and the scorer is rebuilt from it whenever it is loaded.
 */
final class TribuoLinearWeights {

    private TribuoLinearWeights() {
    }

    /** The scorer of {@code model}, or null when the model is not one of the linear families. */
    static LinearScorer scorer(Model<Label> model, FeatureSpace space, List<String> labels) {
        if (model instanceof LinearSGDModel sgd) {
            return fromSgd(sgd, space, labels);
        }
        if (model instanceof LibLinearClassificationModel liblinear) {
            return fromLibLinear(liblinear, space, labels);
        }
        return null;
    }

    /** The model's feature id of each index of the space (-1 when the model never saw the feature). */
    private static int[] modelIds(ImmutableFeatureMap map, FeatureSpace space) {
        int[] ids = new int[space.size()];
        for (int f = 0; f < ids.length; f++) {
            ids[f] = map.getID(space.name(f));
        }
        return ids;
    }

    /** For each of our labels, the model's output id. */
    private static int[] outputIds(ImmutableOutputInfo<Label> info, List<String> labels) {
        int[] ids = new int[labels.size()];
        for (int l = 0; l < ids.length; l++) {
            ids[l] = info.getID(new Label(labels.get(l)));
            if (ids[l] < 0) {
                throw new IllegalArgumentException("label " + labels.get(l) + " is not in the model's output domain");
            }
        }
        return ids;
    }

    /**
     * The liblinear model inside a Tribuo one. Tribuo's public {@code getInnerModels()} copies it
     * by printing every weight to a string and parsing it back, which takes seconds for a source
     * extractor with tens of labels; the field is read directly when the runtime allows it (the
     * weights are only read, never changed), else the public copy is used.
     */
    private static de.bwaldvogel.liblinear.Model innerModel(LibLinearModel<Label> model) {
        try {
            java.lang.reflect.Field field = LibLinearModel.class.getDeclaredField("models");
            field.setAccessible(true);
            if (field.get(model) instanceof List<?> list && list.size() == 1
                    && list.get(0) instanceof de.bwaldvogel.liblinear.Model inner) {
                return inner;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // fall through to the public copy
        }
        return model.getInnerModels().get(0);
    }

    /** Linear SGD: a labels × (features + 1) matrix whose last column is the bias; softmax for log loss. */
    private static LinearScorer fromSgd(LinearSGDModel model, FeatureSpace space, List<String> labels) {
        DenseMatrix w = model.getWeightsCopy();
        int[] ids = modelIds(model.getFeatureIDMap(), space);
        int[] rows = outputIds(model.getOutputIDInfo(), labels);
        int width = labels.size();
        int biasColumn = w.getDimension2Size() - 1;
        double[] weights = new double[ids.length * width];
        double[] bias = new double[width];
        for (int l = 0; l < width; l++) {
            bias[l] = w.get(rows[l], biasColumn);
            for (int f = 0; f < ids.length; f++) {
                if (ids[f] >= 0) {
                    weights[f * width + l] = w.get(rows[l], ids[f]);
                }
            }
        }
        // log loss is the only objective arstance trains it with: its normalizer is a softmax
        return new LinearScorer(labels, width, weights, bias, LinearScorer.Link.SOFTMAX);
    }

    /**
     * liblinear: feature-major weights over (features + 1) columns, the last for the bias node
     * Tribuo appends; one column in all for two labels (the first label's margin), one per label
     * otherwise, in the inner model's label order.
     */
    private static LinearScorer fromLibLinear(LibLinearClassificationModel model, FeatureSpace space, List<String> labels) {
        de.bwaldvogel.liblinear.Model inner = innerModel(model);
        int[] innerLabels = inner.getLabels();
        if (innerLabels.length != labels.size()) {
            return null; // a label the solver never saw: leave scoring to Tribuo
        }
        double[] w = inner.getFeatureWeights();
        int nrClass = inner.getNrClass();
        boolean binary = nrClass == 2;
        int nrW = binary ? 1 : nrClass;
        int columns = w.length / nrW; // the model's features, with the bias node last
        int[] ids = modelIds(model.getFeatureIDMap(), space);
        int[] wanted = outputIds(model.getOutputIDInfo(), labels);
        // column of the inner model that scores each of our labels
        int[] column = new int[labels.size()];
        for (int l = 0; l < column.length; l++) {
            column[l] = -1;
            for (int c = 0; c < innerLabels.length; c++) {
                if (innerLabels[c] == wanted[l]) {
                    column[l] = c;
                }
            }
            if (column[l] < 0) {
                return null;
            }
        }
        boolean probabilities = inner.isProbabilityModel();
        if (binary) {
            // one margin s for the inner model's first label; our first label gets s or -s
            double sign = column[0] == 0 ? 1.0 : -1.0;
            double[] weights = new double[ids.length];
            for (int f = 0; f < ids.length; f++) {
                if (ids[f] >= 0 && ids[f] < columns - 1) {
                    weights[f] = sign * w[ids[f]];
                }
            }
            double[] bias = {sign * w[columns - 1]};
            return new LinearScorer(labels, 1, weights, bias,
                    probabilities ? LinearScorer.Link.LOGISTIC_BINARY : LinearScorer.Link.MARGIN_BINARY);
        }
        int width = labels.size();
        double[] weights = new double[ids.length * width];
        double[] bias = new double[width];
        for (int l = 0; l < width; l++) {
            bias[l] = w[(columns - 1) * nrW + column[l]];
            for (int f = 0; f < ids.length; f++) {
                if (ids[f] >= 0 && ids[f] < columns - 1) {
                    weights[f * width + l] = w[ids[f] * nrW + column[l]];
                }
            }
        }
        return new LinearScorer(labels, width, weights, bias,
                probabilities ? LinearScorer.Link.LOGISTIC_NORMALIZED : LinearScorer.Link.SOFTMAX);
    }
}

package org.arstance.models;

import java.util.List;
import org.arstance.features.SparseVector;

/**
 * A trained classifier over sparse feature vectors, whichever library trained it. Probabilities
 * are aligned with {@link #labels()}.
 */
public interface LabelClassifier {

    /** The labels in a fixed order. */
    List<String> labels();

    /** A probability per label (for families without probabilities: a softmax of their scores). */
    double[] probabilities(SparseVector x);

    /** The {@code k} features of {@code x} that weighed most toward {@code label}, strongest first. */
    List<Evidence> evidence(SparseVector x, String label, int k);

    /**
     * The {@code k} features that weigh most toward each label over the whole model (score for the
     * label minus mean score over labels; for a tree, the features it splits on most, for all labels).
     */
    java.util.Map<String, List<Evidence>> topFeatures(int k);

    /** A short name of the library and family, stored in the model file. */
    String kind();

    /** The classifier's bytes, the same for the same training data and seed. */
    byte[] toBytes();
}

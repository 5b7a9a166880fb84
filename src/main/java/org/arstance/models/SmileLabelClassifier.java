package org.arstance.models;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.arstance.features.SparseVector;
import smile.classification.SparseLogisticRegression;
import smile.util.SparseArray;

/** The adapter that puts a Smile sparse logistic regression behind {@link LabelClassifier}. */
final class SmileLabelClassifier implements LabelClassifier {

    private final SparseLogisticRegression model;
    private final List<String> labels;
    private final FeatureSpace space;

    SmileLabelClassifier(SparseLogisticRegression model, List<String> labels, FeatureSpace space) {
        this.model = model;
        this.labels = List.copyOf(labels);
        this.space = space;
    }

    static SparseArray row(SparseVector x) {
        SparseArray row = new SparseArray(x.size());
        for (int k = 0; k < x.size(); k++) {
            row.append(x.indices()[k], x.values()[k]);
        }
        return row;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public double[] probabilities(SparseVector x) {
        double[] p = new double[labels.size()];
        model.predict(row(x), p);
        return p;
    }

    /** Per-class linear scores of each present feature: w[c][f] * x[f] (the reference class scores 0). */
    @Override
    public List<Evidence> evidence(SparseVector x, String label, int k) {
        double[][] w = coefficients();
        String[] names = new String[x.size()];
        double[][] scores = new double[labels.size()][x.size()];
        for (int f = 0; f < x.size(); f++) {
            names[f] = space.name(x.indices()[f]);
            for (int c = 0; c < w.length; c++) {
                scores[c][f] = w[c][x.indices()[f]] * x.values()[f];
            }
        }
        return EvidenceRanker.top(names, scores, labels.indexOf(label), k);
    }

    @Override
    public java.util.Map<String, List<Evidence>> topFeatures(int k) {
        double[][] w = coefficients();
        List<Integer> keep = new ArrayList<>();
        for (int f = 0; f < space.size(); f++) {
            if (!space.name(f).startsWith("_")) {
                keep.add(f);
            }
        }
        String[] names = keep.stream().map(space::name).toArray(String[]::new);
        double[][] scores = new double[labels.size()][keep.size()];
        for (int c = 0; c < labels.size(); c++) {
            for (int j = 0; j < keep.size(); j++) {
                scores[c][j] = w[c][keep.get(j)];
            }
        }
        java.util.Map<String, List<Evidence>> out = new java.util.LinkedHashMap<>();
        for (int c = 0; c < labels.size(); c++) {
            out.put(labels.get(c), EvidenceRanker.top(names, scores, c, k));
        }
        return out;
    }

    /** Coefficients per class; for two classes Smile keeps one vector, for the positive class. */
    private double[][] coefficients() {
        int p = space.size();
        double[][] w = new double[labels.size()][p];
        if (model instanceof SparseLogisticRegression.Binomial b) {
            double[] c = b.coefficients();
            System.arraycopy(c, 1, w[1], 0, p);
        } else if (model instanceof SparseLogisticRegression.Multinomial m) {
            double[][] c = m.coefficients();
            for (int i = 0; i < c.length; i++) {
                System.arraycopy(c[i], 1, w[i], 0, p);
            }
        }
        return w;
    }

    @Override
    public String kind() {
        return "smile:" + TrainerKind.SMILE_LOGISTIC.id();
    }

    @Override
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(labels));
            out.writeObject(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static SmileLabelClassifier fromBytes(byte[] bytes, FeatureSpace space) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            List<String> labels = (List<String>) in.readObject();
            SparseLogisticRegression model = (SparseLogisticRegression) in.readObject();
            return new SmileLabelClassifier(model, labels, space);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalArgumentException("not a Smile model: " + e.getMessage(), e);
        }
    }
}

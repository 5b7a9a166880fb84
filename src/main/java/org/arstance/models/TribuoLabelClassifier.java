package org.arstance.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.arstance.features.SparseVector;
import org.tribuo.Excuse;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import com.oracle.labs.mlrg.olcut.util.Pair;

/**
 * A Tribuo classification model behind the {@link LabelClassifier} interface. Linear models are
 * scored through a {@link LinearScorer} read out of the Tribuo model (the fast path); the other
 * families, and {@link #tribuoProbabilities}, go through Tribuo's own {@code predict}.
 */
final class TribuoLabelClassifier implements LabelClassifier {

    private final Model<Label> model;
    private final FeatureSpace space;
    private final TrainerKind kind;
    private final List<String> labels;
    /** Serialized on first use: training inside evaluation folds never needs the bytes. */
    private byte[] bytes;
    /** The fast path, built on first use; {@link #NOT_LINEAR} when the family has none. */
    private volatile Object scorer;
    private static final Object NOT_LINEAR = new Object();

    TribuoLabelClassifier(Model<Label> model, FeatureSpace space, TrainerKind kind) {
        this.model = model;
        this.space = space;
        this.kind = kind;
        List<String> l = new ArrayList<>();
        model.getOutputIDInfo().getDomain().forEach(lab -> l.add(lab.getLabel()));
        l.sort(String::compareTo);
        this.labels = List.copyOf(l);
    }

    static TribuoLabelClassifier fromBytes(byte[] bytes, FeatureSpace space, TrainerKind kind) {
        return new TribuoLabelClassifier(TribuoModelBytes.read(bytes), space, kind);
    }

    static ArrayExample<Label> example(Label label, SparseVector x, FeatureSpace space) {
        String[] names = new String[x.size()];
        for (int k = 0; k < names.length; k++) {
            names[k] = space.name(x.indices()[k]);
        }
        return new ArrayExample<>(label, names, x.values().clone());
    }

    Model<Label> model() {
        return model;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    /** The linear scorer of this model, or null when it is not linear. */
    LinearScorer scorer() {
        Object s = scorer;
        if (s == null) {
            synchronized (this) {
                s = scorer;
                if (s == null) {
                    LinearScorer built = TribuoLinearWeights.scorer(model, space, labels);
                    s = built == null ? NOT_LINEAR : built;
                    scorer = s;
                }
            }
        }
        return s == NOT_LINEAR ? null : (LinearScorer) s;
    }

    @Override
    public double[] probabilities(SparseVector x) {
        LinearScorer fast = scorer();
        return fast != null ? fast.probabilities(x) : tribuoProbabilities(x);
    }

    /** Probabilities from Tribuo's own {@code predict} (the reference the fast path is tested against). */
    double[] tribuoProbabilities(SparseVector x) {
        Prediction<Label> p = model.predict(example(LabelFactory.UNKNOWN_LABEL, x, space));
        Map<String, Label> scores = p.getOutputScores();
        double[] out = new double[labels.size()];
        for (int i = 0; i < out.length; i++) {
            Label l = scores.get(labels.get(i));
            out[i] = l == null ? 0.0 : l.getScore();
        }
        return model.generatesProbabilities() ? out : EvidenceRanker.softmax(out);
    }

    @Override
    public List<Evidence> evidence(SparseVector x, String label, int k) {
        LinearScorer fast = scorer();
        return fast != null ? fast.evidence(x, label, k, space::name) : tribuoEvidence(x, label, k);
    }

    /** Evidence from Tribuo's own excuse (the reference the fast path is tested against). */
    List<Evidence> tribuoEvidence(SparseVector x, String label, int k) {
        ArrayExample<Label> ex = example(LabelFactory.UNKNOWN_LABEL, x, space);
        Excuse<Label> excuse = model.getExcuse(ex).orElse(null);
        if (excuse == null) {
            return List.of();
        }
        Map<String, List<Pair<String, Double>>> byLabel = excuse.getScores();
        List<Pair<String, Double>> all = byLabel.get(Model.ALL_OUTPUTS);
        if (all != null) {
            // a tree's decision path: the split features in order, first split first
            return all.stream().limit(k).map(p -> new Evidence(p.getA(), p.getB())).toList();
        }
        String[] names = new String[x.size()];
        for (int f = 0; f < names.length; f++) {
            names[f] = space.name(x.indices()[f]);
        }
        Map<String, Integer> column = new java.util.HashMap<>();
        for (int f = 0; f < names.length; f++) {
            column.put(names[f], f);
        }
        double[][] scores = new double[labels.size()][names.length];
        for (int l = 0; l < labels.size(); l++) {
            for (Pair<String, Double> p : byLabel.getOrDefault(labels.get(l), List.of())) {
                Integer f = column.get(p.getA());
                if (f != null) {
                    scores[l][f] = p.getB();
                }
            }
        }
        return EvidenceRanker.top(names, scores, labels.indexOf(label), k);
    }

    @Override
    public Map<String, List<Evidence>> topFeatures(int k) {
        LinearScorer fast = scorer();
        if (fast == null) {
            return tribuoTopFeatures(k);
        }
        List<List<Evidence>> top = fast.topFeatures(k, space::name, n -> n.startsWith("_"));
        Map<String, List<Evidence>> out = new java.util.LinkedHashMap<>();
        for (int l = 0; l < labels.size(); l++) {
            out.put(labels.get(l), top.get(l));
        }
        return out;
    }

    /** Top features from Tribuo's own {@code getTopFeatures} (trees; and the reference for the fast path). */
    Map<String, List<Evidence>> tribuoTopFeatures(int k) {
        Map<String, List<Pair<String, Double>>> top = model.getTopFeatures(-1);
        Map<String, List<Evidence>> out = new java.util.LinkedHashMap<>();
        List<Pair<String, Double>> shared = top.get(Model.ALL_OUTPUTS);
        if (shared != null) {
            List<Evidence> list = shared.stream().filter(p -> !p.getA().startsWith("_")).limit(k)
                    .map(p -> new Evidence(p.getA(), p.getB())).toList();
            labels.forEach(l -> out.put(l, list));
            return out;
        }
        List<String> names = new ArrayList<>(new java.util.TreeSet<>(top.values().stream()
                .flatMap(List::stream).map(Pair::getA).filter(n -> !n.startsWith("_") && !n.equals(Model.BIAS_FEATURE)).toList()));
        Map<String, Integer> column = new java.util.HashMap<>();
        for (int f = 0; f < names.size(); f++) {
            column.put(names.get(f), f);
        }
        double[][] scores = new double[labels.size()][names.size()];
        for (int l = 0; l < labels.size(); l++) {
            for (Pair<String, Double> p : top.getOrDefault(labels.get(l), List.of())) {
                Integer f = column.get(p.getA());
                if (f != null) {
                    scores[l][f] = p.getB();
                }
            }
        }
        String[] arr = names.toArray(String[]::new);
        for (int l = 0; l < labels.size(); l++) {
            out.put(labels.get(l), EvidenceRanker.top(arr, scores, l, k));
        }
        return out;
    }

    @Override
    public String kind() {
        return "tribuo:" + kind.id();
    }

    @Override
    public synchronized byte[] toBytes() {
        if (bytes == null) {
            bytes = TribuoModelBytes.toBytes(model);
        }
        return bytes.clone();
    }
}

package org.arstance.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.arstance.corpus.BenchmarkExample;
import org.arstance.features.LogCountRatio;
import org.arstance.features.PairFeatures;
import org.arstance.features.SparseVector;
import org.arstance.features.TfidfVectorizer;

/**
 * Fits a {@link CandidateConfig} on training examples: TF-IDF fitted on them alone, extra
 * features (pair overlap, group indicator, and optionally the predicted auxiliary labels of an
 * {@link AuxiliaryStack} fitted on them alone), optionally NB-SVM log-count-ratio scaling fitted
 * on them alone, one or several linear models (probabilities averaged), pooled or one per group.
 */
public final class CandidateTrainer {

    /** A fitted candidate. */
    public interface Fitted {
        List<String> predict(List<BenchmarkExample> examples);
    }

    private static final String REST = "\u0000rest";
    private static final String GROUP = "group=";

    private final CandidateConfig config;
    private final ExampleFeatures features;
    private final long seed;

    public CandidateTrainer(CandidateConfig config, ExampleFeatures features, long seed) {
        this.config = config;
        this.features = features;
        this.seed = seed;
    }

    /**
     * Fits on {@code train}. The fitted model is given the examples it predicts without their
     * auxiliary labels: those are training data only, never an input of a prediction.
     */
    public Fitted fit(List<BenchmarkExample> train) {
        Fitted fitted = fitted(train);
        return examples -> fitted.predict(examples.stream().map(BenchmarkExample::withoutAuxiliary).toList());
    }

    private Fitted fitted(List<BenchmarkExample> train) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        AuxiliaryStack stack = config.stackAuxiliary().isEmpty() ? null
                : AuxiliaryStack.fit(train, config.stackAuxiliary(), features, config.features(), seed);
        if (!config.perGroup()) {
            Part pooled = fitPart(train, stack);
            return examples -> pooled.predict(examples);
        }
        Map<String, List<BenchmarkExample>> byGroup = new TreeMap<>();
        for (BenchmarkExample e : train) {
            byGroup.computeIfAbsent(String.valueOf(e.group()), g -> new ArrayList<>()).add(e);
        }
        Map<String, Part> parts = new HashMap<>();
        byGroup.forEach((g, examples) -> parts.put(g, fitPart(examples, stack)));
        Part fallback = parts.size() == 1 ? parts.values().iterator().next() : null;
        String majority = majority(train);
        return examples -> {
            List<String> out = new ArrayList<>();
            for (BenchmarkExample e : examples) {
                Part p = parts.getOrDefault(String.valueOf(e.group()), fallback);
                out.add(p == null ? majority : p.predict(List.of(e)).get(0));
            }
            return out;
        };
    }

    private static String majority(List<BenchmarkExample> train) {
        Map<String, Integer> n = new TreeMap<>();
        train.forEach(e -> n.merge(e.label(), 1, Integer::sum));
        return n.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /**
     * One model of a part's ensemble: multi-class over the plain vector (label -1), or, with NB-SVM
     * features, one label against the rest over the vector scaled by that label's log-count ratios.
     */
    private record Member(LabelClassifier model, int label) {
    }

    /** One fitted model over one set of training examples. */
    private final class Part {
        final TfidfVectorizer vocabulary;
        final FeatureSpace space;
        final List<String> labels;
        final List<Member> members = new ArrayList<>();
        /** With NB-SVM features: each label's log-count ratios, by label index; else empty. */
        final List<LogCountRatio> ratios = new ArrayList<>();
        /** The auxiliary predictions added to the features, or null. */
        final AuxiliaryStack stack;
        /** Predicted for an example with no known feature (no model can score an empty vector). */
        String majority;

        Part(TfidfVectorizer vocabulary, FeatureSpace space, List<String> labels, AuxiliaryStack stack) {
            this.vocabulary = vocabulary;
            this.space = space;
            this.labels = labels;
            this.stack = stack;
        }

        /** The TF-IDF vector and the example's own extra features (pair overlap, group indicator). */
        SparseVector vector(BenchmarkExample e) {
            Map<String, Double> extra = new HashMap<>(features.overlap(e));
            if (config.groupIndicator()) {
                extra.put(GROUP + e.group(), 1.0);
            }
            return space.withValues(vocabulary.tfidf(features.counts(e)), extra);
        }

        /** A training example's vector: with the out-of-fold auxiliary predictions. */
        SparseVector trainingVector(BenchmarkExample e) {
            return stack == null ? vector(e) : space.withValues(vector(e), stack.outOfFold(e));
        }

        List<String> predict(List<BenchmarkExample> examples) {
            List<String> out = new ArrayList<>();
            for (BenchmarkExample e : examples) {
                SparseVector x = vector(e);
                if (x.isEmpty()) {
                    out.add(majority);
                    continue;
                }
                if (stack != null) {
                    x = space.withValues(x, stack.predict(e));
                }
                double[] score = new double[labels.size()];
                SparseVector[] scaled = new SparseVector[ratios.size()];
                for (Member m : members) {
                    int label = m.label();
                    if (label < 0) {
                        double[] p = m.model().probabilities(x);
                        for (int l = 0; l < m.model().labels().size(); l++) {
                            score[labels.indexOf(m.model().labels().get(l))] += p[l];
                        }
                    } else {
                        if (scaled[label] == null) {
                            scaled[label] = ratios.get(label).apply(x);
                        }
                        double[] p = m.model().probabilities(scaled[label]);
                        score[label] += p[m.model().labels().indexOf(labels.get(label))];
                    }
                }
                out.add(labels.get(ArstanceModel.argmax(score)));
            }
            return out;
        }
    }

    private Part fitPart(List<BenchmarkExample> train, AuxiliaryStack stack) {
        List<Map<String, Integer>> counts = train.stream().map(features::counts).toList();
        TfidfVectorizer vocabulary = TfidfVectorizer.fit(counts, config.features());
        List<String> extra = new ArrayList<>();
        if (train.get(0).text2() != null) {
            extra.addAll(PairFeatures.OVERLAP);
        }
        if (config.groupIndicator() && !config.perGroup()) {
            new TreeSet<>(train.stream().map(e -> GROUP + e.group()).toList()).forEach(extra::add);
        }
        if (stack != null) {
            extra.addAll(stack.names());
        }
        List<String> labels = new ArrayList<>(new TreeSet<>(train.stream().map(BenchmarkExample::label).toList()));
        Part part = new Part(vocabulary, new FeatureSpace(vocabulary, extra), labels, stack);
        part.majority = majority(train);
        List<SparseVector> x = train.stream().map(part::trainingVector).toList();
        List<String> y = train.stream().map(BenchmarkExample::label).toList();
        if (labels.size() == 1) {
            part.members.add(new Member(constant(labels.get(0)), -1));
            return part;
        }
        if (!config.nbFeatures()) {
            double[] w = ClassifierTrainer.balancedWeights(y);
            for (ModelConfig m : config.models()) {
                part.members.add(new Member(ClassifierTrainer.forConfig(m).train(x, y, w, part.space, seed), -1));
            }
            return part;
        }
        for (int l = 0; l < labels.size(); l++) {
            boolean[] positive = new boolean[y.size()];
            List<String> binary = new ArrayList<>();
            for (int i = 0; i < y.size(); i++) {
                positive[i] = y.get(i).equals(labels.get(l));
                binary.add(positive[i] ? labels.get(l) : REST);
            }
            LogCountRatio ratio = LogCountRatio.fit(x, positive, part.space.size(), config.nbAlpha());
            part.ratios.add(ratio);
            List<SparseVector> scaled = x.stream().map(ratio::apply).toList();
            double[] w = ClassifierTrainer.balancedWeights(binary);
            for (ModelConfig m : config.models()) {
                part.members.add(new Member(ClassifierTrainer.forConfig(m).train(scaled, binary, w, part.space, seed), l));
            }
        }
        return part;
    }

    private static LabelClassifier constant(String label) {
        return new LabelClassifier() {
            @Override
            public List<String> labels() {
                return List.of(label);
            }

            @Override
            public double[] probabilities(SparseVector x) {
                return new double[] {1.0};
            }

            @Override
            public List<Evidence> evidence(SparseVector x, String l, int k) {
                return List.of();
            }

            @Override
            public Map<String, List<Evidence>> topFeatures(int k) {
                return Map.of();
            }

            @Override
            public String kind() {
                return "constant";
            }

            @Override
            public byte[] toBytes() {
                return new byte[0];
            }
        };
    }
}

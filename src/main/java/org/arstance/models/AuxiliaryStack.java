package org.arstance.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.arstance.corpus.BenchmarkExample;
import org.arstance.features.FeatureConfig;
import org.arstance.io.Parallel;

/**
 * Auxiliary-task stacking: for each auxiliary label column (sentiment, sarcasm, …), an
 * {@link AuxiliaryModel} fitted on training examples only, whose predicted probability of each
 * of the column's values becomes an extra feature of the main model, named
 * {@code _aux:COLUMN=VALUE}.
 *
 * <p>A training example's values are out of fold: the training examples are dealt to
 * {@value #FOLDS} seeded folds stratified by the column's value ({@link StratifiedFolds}), copies
 * of one text in one fold, and each is scored by the model fitted on the other folds, never by one
 * that saw its label or a copy of its text. Any
 * other example is scored by the model fitted on all training examples. Scoring reads an
 * example's text only, never its auxiliary labels. The same examples and seed give the same
 * values.
 */
final class AuxiliaryStack {

    /** The inner folds of the out-of-fold values. */
    static final int FOLDS = 5;
    static final String PREFIX = "_aux:";

    private final List<String> names;
    private final List<AuxiliaryModel> models;
    private final Map<String, Map<String, Double>> outOfFold;

    private AuxiliaryStack(List<String> names, List<AuxiliaryModel> models, Map<String, Map<String, Double>> outOfFold) {
        this.names = names;
        this.models = models;
        this.outOfFold = outOfFold;
    }

    /** Fits every column's models (the inner folds' and the full one) on {@code train}, side by side. */
    static AuxiliaryStack fit(List<BenchmarkExample> train, List<String> columns, ExampleFeatures features,
                              FeatureConfig tfidf, long seed) {
        List<String> copies = train.stream().map(BenchmarkExample::copyKey).toList();
        int texts = new java.util.HashSet<>(copies).size();
        if (texts < 2) {
            throw new IllegalArgumentException("stacking needs at least two different training texts");
        }
        int k = Math.min(FOLDS, texts);
        List<List<String>> values = new ArrayList<>();
        List<int[]> folds = new ArrayList<>();
        List<Callable<AuxiliaryModel>> jobs = new ArrayList<>();
        for (String column : columns) {
            List<String> v = List.copyOf(new TreeSet<>(train.stream()
                    .filter(e -> e.auxiliary().containsKey(column)).map(e -> e.auxiliary().get(column)).toList()));
            if (v.isEmpty()) {
                throw new IllegalArgumentException("no training example has a value in the auxiliary column '" + column + "'");
            }
            int[] fold = StratifiedFolds.assign(train.stream().map(e -> e.auxiliary().getOrDefault(column, "")).toList(),
                    copies, k, seed);
            values.add(v);
            folds.add(fold);
            for (int f = 0; f <= k; f++) {
                List<BenchmarkExample> side = f == k ? train : outside(train, fold, f);
                jobs.add(() -> AuxiliaryModel.fit(side, column, v, features, tfidf, seed));
            }
        }
        List<AuxiliaryModel> fitted = Parallel.run(jobs);
        List<String> names = new ArrayList<>();
        List<AuxiliaryModel> full = new ArrayList<>();
        Map<String, Map<String, Double>> outOfFold = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            List<String> columnNames = values.get(c).stream().map(name(columns.get(c))::concat).toList();
            names.addAll(columnNames);
            List<AuxiliaryModel> models = fitted.subList(c * (k + 1), (c + 1) * (k + 1));
            full.add(models.get(k));
            for (int i = 0; i < train.size(); i++) {
                BenchmarkExample e = train.get(i);
                put(outOfFold.computeIfAbsent(e.id(), id -> new LinkedHashMap<>()), columnNames,
                        models.get(folds.get(c)[i]).probabilities(e));
            }
        }
        return new AuxiliaryStack(List.copyOf(names), List.copyOf(full), outOfFold);
    }

    /** The prefix of a column's feature names: {@code _aux:COLUMN=}. */
    static String name(String column) {
        return PREFIX + column + "=";
    }

    /** The extra feature names, column by column, each column's values in sorted order. */
    List<String> names() {
        return names;
    }

    /** A training example's out-of-fold values (from the model that did not see it). */
    Map<String, Double> outOfFold(BenchmarkExample trainingExample) {
        Map<String, Double> v = outOfFold.get(trainingExample.id());
        if (v == null) {
            throw new IllegalArgumentException("not a training example of this stack: " + trainingExample.id());
        }
        return v;
    }

    /** An example's values from the models fitted on all training examples; its auxiliary labels are not read. */
    Map<String, Double> predict(BenchmarkExample e) {
        Map<String, Double> out = new LinkedHashMap<>();
        int offset = 0;
        for (AuxiliaryModel model : models) {
            double[] p = model.probabilities(e);
            put(out, names.subList(offset, offset + p.length), p);
            offset += p.length;
        }
        return out;
    }

    private static void put(Map<String, Double> into, List<String> names, double[] values) {
        for (int i = 0; i < values.length; i++) {
            into.put(names.get(i), values[i]);
        }
    }

    private static List<BenchmarkExample> outside(List<BenchmarkExample> train, int[] fold, int held) {
        List<BenchmarkExample> out = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            if (fold[i] != held) {
                out.add(train.get(i));
            }
        }
        return out;
    }
}

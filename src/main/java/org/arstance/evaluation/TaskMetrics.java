package org.arstance.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores of one task over pooled held-out predictions.
 *
 * <p>Macro-F1 averages the F1 of the classes that have gold support among the evaluated
 * paragraphs. A class of the schema with no gold paragraph is listed in {@link #absent()} and
 * left out of the average (its F1 is undefined, not zero); a class predicted but never gold
 * still lowers the precision of nothing else and is reported with support 0.
 */
public record TaskMetrics(int n, double accuracy, double macroF1, Map<String, ClassMetrics> perClass,
                          Map<String, Map<String, Integer>> confusion, List<String> absent) {

    /**
     * @param labels the task's possible labels, in display order (every label seen in gold or
     *               predictions is added if missing)
     */
    public static TaskMetrics of(List<String> gold, List<String> predicted, List<String> labels) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        List<String> all = new ArrayList<>(labels);
        for (List<String> l : List.of(gold, predicted)) {
            for (String s : l) {
                if (!all.contains(s)) {
                    all.add(s);
                }
            }
        }
        int k = all.size();
        int[][] m = new int[k][k];
        int correct = 0;
        for (int i = 0; i < gold.size(); i++) {
            int g = all.indexOf(gold.get(i));
            int p = all.indexOf(predicted.get(i));
            m[g][p]++;
            if (g == p) {
                correct++;
            }
        }
        Map<String, ClassMetrics> per = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        List<String> absent = new ArrayList<>();
        double f1Sum = 0;
        int present = 0;
        for (int c = 0; c < k; c++) {
            int tp = m[c][c];
            int support = 0;
            int predictedAs = 0;
            for (int j = 0; j < k; j++) {
                support += m[c][j];
                predictedAs += m[j][c];
            }
            double precision = predictedAs == 0 ? 0 : tp / (double) predictedAs;
            double recall = support == 0 ? 0 : tp / (double) support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            if (support == 0 && predictedAs == 0) {
                absent.add(all.get(c));
                continue;
            }
            per.put(all.get(c), new ClassMetrics(precision, recall, f1, support));
            if (support > 0) {
                f1Sum += f1;
                present++;
            } else {
                absent.add(all.get(c));
            }
            Map<String, Integer> row = new LinkedHashMap<>();
            for (int j = 0; j < k; j++) {
                row.put(all.get(j), m[c][j]);
            }
            confusion.put(all.get(c), row);
        }
        double accuracy = gold.isEmpty() ? 0 : correct / (double) gold.size();
        return new TaskMetrics(gold.size(), accuracy, present == 0 ? 0 : f1Sum / present, per, confusion, absent);
    }

    /** Macro-F1 alone, over label codes 0..k-1, as the bootstrap needs it many times. */
    public static double macroF1(int[] gold, int[] predicted, int k) {
        int[][] c = counts(gold, predicted, k);
        double sum = 0;
        int present = 0;
        for (int i = 0; i < k; i++) {
            if (c[SUPPORT][i] > 0) {
                sum += f1(c, i);
                present++;
            }
        }
        return present == 0 ? 0 : sum / present;
    }

    /**
     * The mean F1 of the given label codes, over codes 0..k-1, as {@link #meanF1(List)} scores it (a
     * class without gold support, or a code below 0, is left out; NaN if none is left), for the
     * bootstrap.
     */
    public static double meanF1(int[] gold, int[] predicted, int k, int[] classes) {
        int[][] c = counts(gold, predicted, k);
        double sum = 0;
        int n = 0;
        for (int i : classes) {
            if (i >= 0 && c[SUPPORT][i] > 0) {
                sum += f1(c, i);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static final int TRUE_POSITIVES = 0;
    private static final int SUPPORT = 1;
    private static final int PREDICTED_AS = 2;

    /** Per label code: true positives, gold support, times predicted. */
    private static int[][] counts(int[] gold, int[] predicted, int k) {
        int[][] c = new int[3][k];
        for (int i = 0; i < gold.length; i++) {
            c[SUPPORT][gold[i]]++;
            c[PREDICTED_AS][predicted[i]]++;
            if (gold[i] == predicted[i]) {
                c[TRUE_POSITIVES][gold[i]]++;
            }
        }
        return c;
    }

    private static double f1(int[][] c, int i) {
        double p = c[PREDICTED_AS][i] == 0 ? 0 : c[TRUE_POSITIVES][i] / (double) c[PREDICTED_AS][i];
        double r = c[TRUE_POSITIVES][i] / (double) c[SUPPORT][i];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * Macro-F1 over the classes other than {@code except} with at least {@code minSupport} (≥ 1) gold
     * paragraphs (NaN when none has): for sources, the actors, without the no-source value.
     */
    public double macroF1(int minSupport, String except) {
        return meanF1(classesWithSupport(minSupport, except));
    }

    /** The classes other than {@code except} with at least {@code minSupport} gold paragraphs, in table order. */
    public List<String> classesWithSupport(int minSupport, String except) {
        return perClass.entrySet().stream()
                .filter(e -> e.getValue().support() >= minSupport && !e.getKey().equals(except))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * Whether a source was found at all: counts of (gold has a source or not) × (predicted has one
     * or not), keyed {@code gold_none/predicted_none}, {@code gold_none/predicted_actor}, ….
     */
    public static Map<String, Integer> noneVersusActor(List<String> gold, List<String> predicted, String none) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String g : List.of("none", "actor")) {
            for (String p : List.of("none", "actor")) {
                m.put("gold_" + g + "/predicted_" + p, 0);
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            String key = "gold_" + (gold.get(i).equals(none) ? "none" : "actor") + "/predicted_"
                    + (predicted.get(i).equals(none) ? "none" : "actor");
            m.merge(key, 1, Integer::sum);
        }
        return m;
    }

    /** The mean F1 of the given classes (SemEval-2016's F_avg over the schema's polar stances); NaN if none has support. */
    public double meanF1(List<String> classes) {
        double sum = 0;
        int n = 0;
        for (String c : classes) {
            ClassMetrics m = perClass.get(c);
            if (m != null && m.support() > 0) {
                sum += m.f1();
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}

package org.arstance.evaluation;

import java.util.List;

/**
 * A benchmark's scores of one system on one set of examples: the primary metric the benchmark's
 * schema names (F_avg, the mean F1 of the positive classes as in SemEval-2016, or macro-F1 over
 * all classes), macro-F1, accuracy and the per-class table.
 *
 * @param primaryCi 95% percentile bootstrap interval of the primary metric
 * @param macroF1Ci 95% percentile bootstrap interval of macro-F1
 */
public record BenchmarkScore(String primaryMetric, double primary, double[] primaryCi, double fAvg, double macroF1,
                             double[] macroF1Ci, double accuracy, TaskMetrics metrics) {

    /**
     * @param positives the classes F_avg averages (empty: no F_avg, the primary metric is macro-F1)
     */
    public static double primary(TaskMetrics m, List<String> positives) {
        return positives.isEmpty() ? m.macroF1() : m.meanF1(positives);
    }

    /** Scores with 95% bootstrap intervals from {@code bootstrap}. */
    public static BenchmarkScore of(List<String> gold, List<String> predicted, List<String> labels, List<String> positives,
                                    Bootstrap bootstrap) {
        TaskMetrics m = TaskMetrics.of(gold, predicted, labels);
        double[] macroCi = bootstrap.macroF1Interval(gold, predicted);
        double fAvg = positives.isEmpty() ? Double.NaN : m.meanF1(positives);
        double[] primaryCi = positives.isEmpty() ? macroCi : bootstrap.meanF1Interval(gold, predicted, positives);
        return new BenchmarkScore(positives.isEmpty() ? "macro_f1" : "f_avg", primary(m, positives), primaryCi, fAvg,
                m.macroF1(), macroCi, m.accuracy(), m);
    }
}

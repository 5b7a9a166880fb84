package org.arstance.evaluation;

import java.util.List;
import org.arstance.corpus.BenchmarkSchema;

/**
 * A benchmark's scores of one system on one set of examples: the primary metric the benchmark's
 * schema names (F_avg, the mean F1 of the positive classes as in SemEval-2016, or macro-F1 over
 * all classes), macro-F1, accuracy and the per-class table.
 *
 * @param primaryCi 95% percentile bootstrap interval of the primary metric
 * @param macroF1Ci 95% percentile bootstrap interval of macro-F1
 */
public record BenchmarkScore(String primaryMetric, double primary, Interval primaryCi, double fAvg, double macroF1,
                             Interval macroF1Ci, double accuracy, TaskMetrics metrics) {

    /** The schema's primary metric of {@code m}: F_avg over its positive classes, or macro-F1. */
    public static double primary(TaskMetrics m, BenchmarkSchema schema) {
        return fAvgPrimary(schema) ? m.meanF1(schema.positiveClasses()) : m.macroF1();
    }

    /**
     * Scores with 95% bootstrap intervals from {@code bootstrap}; F_avg whenever the schema names
     * positive classes (NaN otherwise), whichever metric is primary.
     */
    public static BenchmarkScore of(List<String> gold, List<String> predicted, BenchmarkSchema schema, Bootstrap bootstrap) {
        TaskMetrics m = TaskMetrics.of(gold, predicted, schema.labels());
        List<String> positives = schema.positiveClasses();
        Interval macroCi = bootstrap.macroF1Interval(gold, predicted);
        double fAvg = positives.isEmpty() ? Double.NaN : m.meanF1(positives);
        Interval primaryCi = fAvgPrimary(schema) ? bootstrap.meanF1Interval(gold, predicted, positives) : macroCi;
        return new BenchmarkScore(schema.primaryMetric(), primary(m, schema), primaryCi, fAvg, m.macroF1(), macroCi,
                m.accuracy(), m);
    }

    /**
     * The paired bootstrap p-value of the difference between systems A and B in the schema's
     * primary metric: F_avg (the mean F1 of the positive classes) or macro-F1.
     */
    public static double pairedPValue(BenchmarkSchema schema, Bootstrap bootstrap, List<String> gold, List<String> a,
                                      List<String> b) {
        return fAvgPrimary(schema) ? bootstrap.pairedMeanF1PValue(gold, a, b, schema.positiveClasses())
                : bootstrap.pairedPValue(gold, a, b);
    }

    private static boolean fAvgPrimary(BenchmarkSchema schema) {
        return schema.primaryMetric().equals(BenchmarkSchema.F_AVG);
    }
}

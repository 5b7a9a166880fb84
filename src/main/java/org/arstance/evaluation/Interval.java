package org.arstance.evaluation;

/**
 * A 95% percentile bootstrap interval of a score: {@code [lower, upper]}; both NaN when the score
 * is not defined on the data ({@link #UNDEFINED}).
 */
public record Interval(double lower, double upper) {

    /** The interval of a score that the data do not define (no class with the support it needs). */
    public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);
}

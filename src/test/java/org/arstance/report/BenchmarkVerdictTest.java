package org.arstance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.arstance.evaluation.Interval;
import org.arstance.report.BenchmarkReport.Quoted;
import org.arstance.workflow.BenchmarkSpec;
import org.junit.jupiter.api.Test;

/**
 * The verdict's rules: against a quoted number, "above" only when the 95% interval's lower bound
 * is above it; a number from another split gets no above or below; against the same-run
 * reference, the paired test decides "significant", whatever the primary metric.
 */
class BenchmarkVerdictTest {

    /** ANS as committed: macro-F1 0.531 with the interval [0.406, 0.644]. */
    private static final double ANS = 0.531401;
    private static final Interval ANS_CI = new Interval(0.406179, 0.643553);

    private static Quoted sameSplit(double value) {
        return new Quoted("TF-IDF + logistic regression", "macro-F1", value, "issue #7", true, true);
    }

    private static String after(String verdict) {
        return verdict.substring(verdict.indexOf(" vs ") + 1);
    }

    @Test
    void aQuotedNumberInsideTheIntervalIsNotCalledBeatenEvenWhenThePointEstimateIsAbove() {
        String v = BenchmarkReport.quotedVerdict(sameSplit(0.46), "macro-F1", ANS, ANS_CI);
        assertEquals("Against TF-IDF + logistic regression (issue #7): arstance macro-F1 0.531 [0.406, 0.644] vs 0.46: "
                + "the point estimate is above, but the 95% interval contains 0.46: not a significant difference "
                + "(the quoted number comes without an interval).", v);
        assertFalse(after(v).contains(": above"), v);
    }

    @Test
    void aboveOnlyWhenTheLowerBoundIsAboveAndBelowOnlyWhenTheUpperBoundIsBelow() {
        assertTrue(after(BenchmarkReport.quotedVerdict(sameSplit(0.40), "macro-F1", ANS, ANS_CI))
                .startsWith("vs 0.4: above: the 95% interval's lower bound is above"));
        // the lower bound itself is inside the interval: not above
        String atBound = BenchmarkReport.quotedVerdict(sameSplit(0.406179), "macro-F1", ANS, ANS_CI);
        assertTrue(atBound.contains("the point estimate is above, but the 95% interval contains 0.406179"), atBound);
        String inside = BenchmarkReport.quotedVerdict(sameSplit(0.60), "macro-F1", ANS, ANS_CI);
        assertTrue(inside.contains("vs 0.6: NOT above: the point estimate is not above, and the 95% interval contains 0.6"), inside);
        String below = BenchmarkReport.quotedVerdict(sameSplit(0.70), "macro-F1", ANS, ANS_CI);
        assertTrue(below.contains("vs 0.7: NOT above: below, the 95% interval's upper bound is below"), below);
    }

    @Test
    void antsQuotedNumberFromAnotherSplitIsNotComparedAtAll() {
        BenchmarkSpec ant = BenchmarkSpec.load(Path.of("experiments/benchmarks/ant-categories.json"));
        Quoted q = ant.references().get(0);
        assertTrue(q.compare());
        assertFalse(q.sameSplit(), "0.841 was measured on a random 80/20 split, not this one");
        String v = BenchmarkReport.quotedVerdict(q, "macro-F1", 0.859316, new Interval(0.848709, 0.869428));
        assertTrue(v.contains("not comparable on the same split: the quoted 0.841 was measured on another split"), v);
        assertFalse(v.contains(": above") || v.contains("NOT above"), v);
        // the numbers quoted on Mawqif's and ANS's own test splits stay comparable
        for (String name : List.of("mawqif", "ans")) {
            BenchmarkSpec s = BenchmarkSpec.load(Path.of("experiments/benchmarks", name + ".json"));
            s.references().forEach(r -> assertTrue(r.sameSplit(), name));
            s.published().forEach(r -> assertTrue(r.sameSplit(), name));
        }
    }

    @Test
    void theSameRunReferenceIsBeatenOnlyWithASignificantPairedTestWhateverTheMetric() {
        // ANT before its selection change: 0.854 against 0.850, p 0.4245
        String ant = BenchmarkReport.peerVerdict("sklearn", "macro-F1", 0.853705, 0.850484, 0.4245);
        assertTrue(ant.endsWith(": the point estimate is above, but not a significant difference "
                + "(paired bootstrap test on the macro-F1 difference: p = 0.425, not below 0.05)."), ant);
        // the caveat is not for macro-F1 alone: an F_avg benchmark gets it too, and the test is named on F_avg
        String fAvg = BenchmarkReport.peerVerdict("sklearn", "F_avg", 0.743, 0.730, 0.2);
        assertTrue(fAvg.contains("arstance F_avg 0.743 vs 0.730: the point estimate is above, but not a significant difference "
                + "(paired bootstrap test on the F_avg difference: p = 0.200"), fAvg);
        String significant = BenchmarkReport.peerVerdict("sklearn", "F_avg", 0.743, 0.695, 0.0005);
        assertTrue(significant.endsWith(": above, a significant difference (paired bootstrap test on the F_avg difference: p < 0.001)."),
                significant);
        assertTrue(BenchmarkReport.peerVerdict("sklearn", "macro-F1", 0.70, 0.80, 0.001).contains("NOT above: below, a significant"));
        assertTrue(BenchmarkReport.peerVerdict("sklearn", "macro-F1", 0.79, 0.80, 0.6).contains("NOT above (the point estimate is not above; "
                + "not a significant difference"));
    }

    @Test
    void aTargetIsMetByThePointEstimateAndTheIntervalIsShown() {
        Quoted target = new Quoted("issue #7 acceptance", "F_avg", 0.80, "issue #7", false, true);
        assertEquals("Target F_avg ≥ 0.8 (issue #7): NOT met (0.743 [0.707, 0.776]).",
                BenchmarkReport.targetVerdict(target, 0.742578, new Interval(0.706724, 0.77632)));
        assertTrue(BenchmarkReport.targetVerdict(target, 0.81, new Interval(0.78, 0.84))
                .contains("met by the point estimate (0.810 [0.780, 0.840]; the 95% interval reaches below 0.8)"));
        assertTrue(BenchmarkReport.targetVerdict(target, 0.85, new Interval(0.81, 0.88)).endsWith(": met (0.850 [0.810, 0.880])."));
    }
}

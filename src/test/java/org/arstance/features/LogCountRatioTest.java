package org.arstance.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogCountRatioTest {

    private static SparseVector v(int[] idx, double[] val) {
        return new SparseVector(idx, val);
    }

    @Test
    void theRatioIsComputedFromBinarizedTrainingCountsAsInWangAndManning() {
        // features 0, 1, 2; two positive and one negative training vector
        List<SparseVector> train = List.of(
                v(new int[] {0, 1}, new double[] {3, 1}),
                v(new int[] {0}, new double[] {0.5}),
                v(new int[] {1, 2}, new double[] {2, 1}));
        LogCountRatio r = LogCountRatio.fit(train, new boolean[] {true, true, false}, 3, 1.0);
        // p = 1 + [2, 1, 0] = [3, 2, 1], |p| = 6; q = 1 + [0, 1, 1] = [1, 2, 2], |q| = 5
        assertEquals(Math.log((3 / 6.0) / (1 / 5.0)), r.ratio(0), 1e-12);
        assertEquals(Math.log((2 / 6.0) / (2 / 5.0)), r.ratio(1), 1e-12);
        assertEquals(Math.log((1 / 6.0) / (2 / 5.0)), r.ratio(2), 1e-12);
        SparseVector scaled = r.apply(v(new int[] {0, 2}, new double[] {2, 1}));
        assertArrayEquals(new int[] {0, 2}, scaled.indices());
        assertEquals(2 * r.ratio(0), scaled.values()[0], 1e-12);
    }

    @Test
    void applyingToAHeldOutVectorNeverChangesTheFittedRatio() {
        List<SparseVector> train = List.of(v(new int[] {0}, new double[] {1}), v(new int[] {1}, new double[] {1}));
        LogCountRatio r = LogCountRatio.fit(train, new boolean[] {true, false}, 3, 1.0);
        double before = r.ratio(2);
        r.apply(v(new int[] {2}, new double[] {5}));
        assertEquals(before, r.ratio(2));
        // a feature never seen in training weighs by the class sizes only: ln((1/4)/(1/4)) = 0
        assertEquals(0.0, r.ratio(2), 1e-12);
    }
}

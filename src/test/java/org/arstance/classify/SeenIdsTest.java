package org.arstance.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeenIdsTest {

    /** 200,000 distinct ids (ANT-like keys) are each new once, and each is seen again on a second add. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 42, 2026})
    void distinctIdsAreNewOnceAndSeenAfter(long seed) {
        SeenIds seen = new SeenIds();
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 200_000;
        int offset = rnd.nextInt(1_000_000);
        for (int i = 0; i < n; i++) {
            assertTrue(seen.add(id(offset + i, i % 7)), "new: " + i);
        }
        for (int k = 0; k < 1000; k++) {
            int i = rnd.nextInt(n);
            assertFalse(seen.add(id(offset + i, i % 7)), "seen: " + i);
        }
        assertTrue(seen.add(id(offset + n, 0)));
        assertTrue(seen.add(""));
        assertFalse(seen.add(""));
    }

    private static String id(int article, int paragraph) {
        return "ant/CN-middleEast-" + article + "-20180814/" + paragraph;
    }
}

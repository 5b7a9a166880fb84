package org.arstance.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.arstance.features.FeatureConfig;
import org.arstance.features.SparseVector;
import org.arstance.features.TfidfVectorizer;
import org.junit.jupiter.api.Test;

class FeatureSpaceTest {

    @Test
    void namedValuesGoToTheirExtraIndicesAfterTheWordsAndUnknownNamesAreLeftOut() {
        TfidfVectorizer words = TfidfVectorizer.fit(List.of(Map.of("قرار", 1, "جيد", 1), Map.of("قرار", 1, "سيء", 2)),
                new FeatureConfig(1, false, 2, 5, true, 1, 100, true));
        FeatureSpace space = new FeatureSpace(words, List.of("group=g1", "_aux:sentiment=Negative", "_aux:sentiment=Positive"));
        SparseVector x = words.tfidf(Map.of("قرار", 1, "سيء", 1));
        SparseVector y = space.withValues(x, Map.of("_aux:sentiment=Positive", 0.25, "group=g1", 1.0, "_aux:sarcasm=Yes", 0.5));
        int v = words.size();
        assertEquals(x.size() + 2, y.size());
        assertArrayEquals(new int[] {x.indices()[0], x.indices()[1], v, v + 2}, y.indices());
        assertArrayEquals(new double[] {x.values()[0], x.values()[1], 1.0, 0.25}, y.values());
        assertEquals("_aux:sentiment=Positive", space.name(y.indices()[3]));
        assertEquals(x, space.withValues(x, Map.of()));
    }

    @Test
    void aContextBlockFollowsTheWordsUnderItsOwnNamesAndTheExtraFeaturesFollowBoth() {
        TfidfVectorizer words = TfidfVectorizer.fit(List.of(Map.of("كوريا", 1, "قمة", 1), Map.of("لبنان", 1, "قمة", 2)),
                new FeatureConfig(1, false, 2, 5, true, 1, 100, true));
        FeatureSpace space = new FeatureSpace(words, true, List.of("_bias"));
        int v = words.size();
        assertEquals(2 * v + 1, space.size());
        SparseVector own = words.tfidf(Map.of("قمة", 1));
        SparseVector around = words.tfidf(Map.of("كوريا", 1));
        SparseVector x = space.withIndicator(space.withContext(own, around, 0.5), "_bias");
        assertArrayEquals(new int[] {own.indices()[0], v + around.indices()[0], 2 * v}, x.indices());
        assertArrayEquals(new double[] {own.values()[0], 0.5 * around.values()[0], 1.0}, x.values(), 1e-12);
        assertEquals("قمة", space.name(x.indices()[0]));
        assertEquals(FeatureSpace.CONTEXT + space.name(around.indices()[0]), space.name(x.indices()[1]));
        assertEquals("_bias", space.name(x.indices()[2]));
    }
}

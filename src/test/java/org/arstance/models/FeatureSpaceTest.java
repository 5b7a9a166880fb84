package org.arstance.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        // terms sort as "c:…" (character n-grams) before "w:…" (words): c:قم=0, w:كوريا=1, w:قمة=2, w:لبنان=3
        TfidfVectorizer words = TfidfVectorizer.fit(List.of(Map.of("w:كوريا", 1, "w:قمة", 1, "c:قم", 1),
                Map.of("w:لبنان", 1, "w:قمة", 2, "c:قم", 1)), new FeatureConfig(1, false, 2, 5, true, 1, 100, true));
        FeatureSpace space = new FeatureSpace(words, true, List.of("_bias"));
        int v = words.size();
        assertEquals(v + 3 + 1, space.size(), "the context block has the words only");
        SparseVector own = words.tfidf(Map.of("w:قمة", 1));
        SparseVector around = words.tfidf(Map.of("w:كوريا", 1, "c:قم", 1));
        SparseVector x = space.withIndicator(space.withContext(own, around, 0.5), "_bias");
        assertEquals(3, x.size(), "the context's character n-gram is left out");
        int koreaInContext = x.indices()[1];
        assertEquals(FeatureSpace.CONTEXT + "w:كوريا", space.name(koreaInContext));
        double korea = 0;
        for (int j = 0; j < around.size(); j++) {
            korea += words.term(around.indices()[j]).equals("w:كوريا") ? around.values()[j] : 0;
        }
        assertEquals(0.5 * korea, x.values()[1], 1e-12);
        assertEquals("w:قمة", space.name(x.indices()[0]));
        assertEquals("_bias", space.name(x.indices()[2]));
        assertTrue(x.indices()[0] < x.indices()[1] && x.indices()[1] < x.indices()[2], "indices increase");
    }
}

package org.arstance.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.arstance.text.AnalysisConfig;
import org.arstance.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TF-IDF fit on a training fold of the seed labels, held-out paragraphs kept out of it. */
class TfidfVectorizerTest {

    private static final FeatureConfig FEATURES = new FeatureConfig(2, true, 2, 5, true, 2, 50000, true);
    private static final TermCounter COUNTER = new TermCounter(new TextAnalyzer(AnalysisConfig.full()), FEATURES);

    private static List<LabelRecord> seeds() {
        return LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow().records();
    }

    @Test
    void aFoldsVocabularyAndIdfNeverSeeItsHeldOutParagraphs() {
        // hold out one whole seed file, as the leave-one-file-out protocol does
        String heldOutDoc = "003_5fe410f31ff4716c";
        List<Map<String, Integer>> train = new ArrayList<>();
        List<Map<String, Integer>> test = new ArrayList<>();
        for (LabelRecord r : seeds()) {
            (r.doc().equals(heldOutDoc) ? test : train).add(COUNTER.count(r.text()));
        }
        TfidfVectorizer v = TfidfVectorizer.fit(train, FEATURES);
        assertEquals(train.size(), v.documents(), "IDF is computed over training paragraphs only");

        Set<String> trainTerms = new HashSet<>();
        train.forEach(m -> trainTerms.addAll(m.keySet()));
        Set<String> testOnly = new HashSet<>();
        test.forEach(m -> testOnly.addAll(m.keySet()));
        testOnly.removeAll(trainTerms);
        assertFalse(testOnly.isEmpty(), "the held-out file has words of its own");
        for (String term : testOnly) {
            assertFalse(v.contains(term), "held-out-only term in vocabulary: " + term);
        }
        for (String term : v.terms()) {
            assertTrue(trainTerms.contains(term), term);
        }
        // the IDF of a term is its document frequency in the training fold alone
        String term = "w:كوريا";
        long df = train.stream().filter(m -> m.containsKey(term)).count();
        assertEquals(Math.log((1.0 + train.size()) / (1.0 + df)) + 1.0, v.idf(term), 1e-12);
        // the same vocabulary whatever the held-out side holds
        TfidfVectorizer again = TfidfVectorizer.fit(train, FEATURES);
        assertEquals(List.of(v.terms()), List.of(again.terms()));
    }

    @Test
    void vectorsAreSublinearL2NormalizedAndIgnoreUnknownTerms() {
        List<Map<String, Integer>> train = seeds().stream().map(r -> COUNTER.count(r.text())).toList();
        TfidfVectorizer v = TfidfVectorizer.fit(train, FEATURES);
        Map<String, Integer> counts = COUNTER.count("كوريا الشمالية كوريا الشمالية كوريا zzzunknownzzz");
        SparseVector x = v.tfidf(counts);
        double norm = 0;
        for (int k = 0; k < x.size(); k++) {
            norm += x.values()[k] * x.values()[k];
            if (k > 0) {
                assertTrue(x.indices()[k - 1] < x.indices()[k], "indices increase");
            }
        }
        assertEquals(1.0, norm, 1e-9);
        assertFalse(v.contains("w:zzzunknownzzz"));
        SparseVector c = v.counts(counts);
        int korea = java.util.Arrays.binarySearch(v.terms(), "w:كوريا");
        int at = java.util.Arrays.binarySearch(c.indices(), korea);
        assertEquals(3.0, c.values()[at], "raw counts for count models");
    }

    @Test
    void minDfAndMaxFeaturesBoundTheVocabulary() {
        FeatureConfig unigrams = new FeatureConfig(1, false, 2, 5, true, 5, 100, true);
        TermCounter counter = new TermCounter(new TextAnalyzer(AnalysisConfig.full()), unigrams);
        List<Map<String, Integer>> train = seeds().stream().map(r -> counter.count(r.text())).toList();
        TfidfVectorizer small = TfidfVectorizer.fit(train, unigrams);
        assertEquals(100, small.size());
        for (String t : small.terms()) {
            assertTrue(t.startsWith(TermCounter.WORD) && !t.contains(" "), t);
            assertTrue(train.stream().filter(m -> m.containsKey(t)).count() >= 5, t);
        }
    }

    /**
     * The vectorizing path (terms counted from a reused buffer straight into vocabulary indices)
     * gives exactly the vector of the fitting path (terms as strings in a map), on every seed
     * paragraph and on seeded random text mixing Arabic, Latin, digits and marks.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void bufferedCountingGivesExactlyTheVectorOfTheMapPath(long seed) {
        List<LabelRecord> records = seeds();
        TfidfVectorizer v = TfidfVectorizer.fit(records.stream().map(r -> COUNTER.count(r.text())).toList(), FEATURES);
        List<String> texts = new ArrayList<>(records.stream().map(LabelRecord::text).toList());
        java.util.Random random = new java.util.Random(seed);
        String alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى ًٌٍَُِّْـ abcXYZ0123456789٠١٢،.؟\u200f\n";
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(400);
            for (int k = 0; k < n; k++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
            // and a seed paragraph cut at a random point
            String r = records.get(random.nextInt(records.size())).text();
            texts.add(r.substring(0, random.nextInt(r.length() + 1)));
        }
        for (String text : texts) {
            Map<String, Integer> counts = COUNTER.count(text);
            SparseVector expected = v.tfidf(counts);
            SparseVector actual = v.tfidf(v.counts(COUNTER, text));
            assertEquals(expected, actual, text); // the same indices and the same values, bit for bit
            assertEquals(expected.hashCode(), actual.hashCode(), text);
            assertEquals(v.counts(counts), v.counts(COUNTER, text), text);
        }
    }
}

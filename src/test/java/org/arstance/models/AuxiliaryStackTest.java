package org.arstance.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.arstance.corpus.BenchmarkExample;
import org.arstance.features.FeatureConfig;
import org.arstance.text.AnalysisConfig;
import org.junit.jupiter.api.Test;

class AuxiliaryStackTest {

    private static final FeatureConfig WORDS = new FeatureConfig(1, false, 2, 5, true, 1, 1000, true);
    private static final String LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمن";

    private static ExampleFeatures features() {
        return new ExampleFeatures(AnalysisConfig.raw(), WORDS, List.of(), false);
    }

    /** A word found in one example only: "رمز" and two letters chosen by {@code i}. */
    private static String uniqueWord(int i) {
        return "رمز" + LETTERS.charAt(i % LETTERS.length()) + LETTERS.charAt(i / LETTERS.length());
    }

    private static BenchmarkExample tweet(String id, String text, String sentiment, String sarcasm) {
        return new BenchmarkExample(id, text, null, "g", "None", Map.of("sentiment", sentiment, "sarcasm", sarcasm));
    }

    /**
     * Tweets whose sentiment only their one unique word can tell (the label follows a fixed
     * arbitrary pattern): a model can fit the training examples' labels only by memorising them.
     */
    private static List<BenchmarkExample> memorisable() {
        List<BenchmarkExample> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String sentiment = (i * 37) % 11 < 5 ? "Positive" : "Negative";
            out.add(tweet("m" + i, "رأي " + uniqueWord(i), sentiment, i % 6 == 0 ? "Yes" : "No"));
        }
        return out;
    }

    /** Tweets whose sentiment their words tell: رائع and ممتاز are positive, سيء and فاشل negative. */
    private static List<BenchmarkExample> telling() {
        List<BenchmarkExample> out = new ArrayList<>();
        String[] topics = {"القرار", "اللقاح", "المشروع", "التمكين", "الخطة"};
        for (int i = 0; i < 40; i++) {
            String topic = topics[i % topics.length];
            out.add(tweet("p" + i, topic + " رائع و ممتاز " + uniqueWord(i), "Positive", "No"));
            out.add(tweet("n" + i, topic + " سيء و فاشل " + uniqueWord(i + 40), "Negative", i % 4 == 0 ? "Yes" : "No"));
        }
        return out;
    }

    /** The mean probability that {@code values} give each example's own gold sentiment. */
    private static double meanTrueProbability(List<BenchmarkExample> train, Function<BenchmarkExample, Map<String, Double>> values) {
        return train.stream().mapToDouble(e -> values.apply(e).get("_aux:sentiment=" + e.auxiliary().get("sentiment")))
                .average().orElseThrow();
    }

    @Test
    void trainingExamplesGetOutOfFoldValuesNotTheInSampleOnes() {
        List<BenchmarkExample> train = memorisable();
        AuxiliaryStack stack = AuxiliaryStack.fit(train, List.of("sentiment"), features(), WORDS, 42);
        double inSample = meanTrueProbability(train, stack::predict);
        double outOfFold = meanTrueProbability(train, stack::outOfFold);
        // the full model has seen every training tweet's label and leans to it; a model that did not see it cannot
        assertTrue(inSample > 0.55, "in-sample " + inSample);
        assertTrue(outOfFold < 0.52, "out-of-fold, about chance: " + outOfFold);
        for (BenchmarkExample e : train) {
            assertNotEquals(stack.predict(e), stack.outOfFold(e), e.id());
        }
    }

    @Test
    void theStackLearnsFromTheWordsAndNamesOneFeaturePerValue() {
        List<BenchmarkExample> train = telling();
        AuxiliaryStack stack = AuxiliaryStack.fit(train, List.of("sentiment", "sarcasm"), features(), WORDS, 42);
        assertEquals(List.of("_aux:sentiment=Negative", "_aux:sentiment=Positive", "_aux:sarcasm=No", "_aux:sarcasm=Yes"),
                stack.names());
        assertTrue(meanTrueProbability(train, stack::outOfFold) > 0.7);
        Map<String, Double> p = stack.predict(new BenchmarkExample("t", "اللقاح ممتاز", null, "g", "None"));
        assertTrue(p.get("_aux:sentiment=Positive") > 0.6, p.toString());
        assertEquals(1.0, p.get("_aux:sentiment=Positive") + p.get("_aux:sentiment=Negative"), 1e-9);
        assertEquals(1.0, p.get("_aux:sarcasm=Yes") + p.get("_aux:sarcasm=No"), 1e-9);
    }

    @Test
    void predictingReadsTheTextOnlyNeverTheExamplesAuxiliaryLabels() {
        AuxiliaryStack stack = AuxiliaryStack.fit(telling(), List.of("sentiment", "sarcasm"), features(), WORDS, 42);
        BenchmarkExample lying = tweet("t", "الخطة سيء و فاشل", "Positive", "Yes");
        assertEquals(stack.predict(lying.withoutAuxiliary()), stack.predict(lying));
        assertThrows(IllegalArgumentException.class, () -> stack.outOfFold(lying));
    }

    @Test
    void theSameSeedGivesTheSameValuesAndAnotherSeedOtherFolds() {
        List<BenchmarkExample> train = memorisable();
        AuxiliaryStack a = AuxiliaryStack.fit(train, List.of("sentiment", "sarcasm"), features(), WORDS, 7);
        AuxiliaryStack b = AuxiliaryStack.fit(train, List.of("sentiment", "sarcasm"), features(), WORDS, 7);
        AuxiliaryStack c = AuxiliaryStack.fit(train, List.of("sentiment", "sarcasm"), features(), WORDS, 8);
        boolean anyDiffers = false;
        for (BenchmarkExample e : train) {
            assertEquals(a.outOfFold(e), b.outOfFold(e), e.id());
            assertEquals(a.predict(e), c.predict(e), "the full models do not depend on the folds: " + e.id());
            anyDiffers |= !a.outOfFold(e).equals(c.outOfFold(e));
        }
        assertTrue(anyDiffers, "another seed deals other folds");
    }
}

package org.arstance.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.arstance.corpus.BenchmarkExample;
import org.arstance.features.FeatureConfig;
import org.arstance.text.AnalysisConfig;
import org.junit.jupiter.api.Test;

class CandidateTrainerTest {

    private static final FeatureConfig WORDS = new FeatureConfig(1, false, 2, 5, true, 1, 1000, true);

    private static ModelConfig svm() {
        return new ModelConfig(TrainerKind.LINEAR_SVM, ModelConfig.BALANCED, 5, 0.5, 1.0, 0.5, 5, 0.1);
    }

    /** Made-up examples: in group g1 the word "جيد" means favor; in g2 the same word means against. */
    private static List<BenchmarkExample> train() {
        List<BenchmarkExample> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(new BenchmarkExample("a" + i, "قرار جيد رقم" + i, null, "g1", "favor"));
            out.add(new BenchmarkExample("b" + i, "قرار سيء رقم" + i, null, "g1", "against"));
            out.add(new BenchmarkExample("c" + i, "مشروع جيد عدد" + i, null, "g2", "against"));
            out.add(new BenchmarkExample("d" + i, "مشروع سيء عدد" + i, null, "g2", "favor"));
        }
        return out;
    }

    private static List<String> fitAndPredict(boolean perGroup, boolean nb, List<BenchmarkExample> test) {
        CandidateConfig c = new CandidateConfig("t", AnalysisConfig.full(), WORDS, List.of(svm()), perGroup, false, nb, 1.0, false);
        return new CandidateTrainer(c, new ExampleFeatures(c.analysis(), c.features(), List.of(), false), 1).fit(train()).predict(test);
    }

    @Test
    void perGroupModelsLearnAWordThatMeansOppositeThingsForTwoTargets() {
        List<BenchmarkExample> test = List.of(
                new BenchmarkExample("t1", "جيد", null, "g1", "favor"),
                new BenchmarkExample("t2", "جيد", null, "g2", "against"));
        assertEquals(List.of("favor", "against"), fitAndPredict(true, false, test));
        assertEquals(List.of("favor", "against"), fitAndPredict(true, true, test));
    }

    /** The training examples with a sentiment label that follows the word: جيد positive, سيء negative. */
    private static List<BenchmarkExample> withSentiment(List<BenchmarkExample> examples) {
        return examples.stream().map(e -> new BenchmarkExample(e.id(), e.text(), e.text2(), e.group(), e.label(),
                Map.of("sentiment", e.text().contains("جيد") ? "Positive" : "Negative"))).toList();
    }

    private static CandidateTrainer.Fitted stacked(boolean perGroup) {
        CandidateConfig c = new CandidateConfig("t", AnalysisConfig.full(), WORDS, List.of(svm()), perGroup, !perGroup, false, 1.0,
                false, List.of("sentiment"));
        return new CandidateTrainer(c, new ExampleFeatures(c.analysis(), c.features(), List.of(), false), 1).fit(withSentiment(train()));
    }

    @Test
    void aStackedCandidateStillLearnsPerTargetMeaningsAndIgnoresTheLabelsOfWhatItPredicts() {
        List<BenchmarkExample> test = List.of(
                new BenchmarkExample("t1", "قرار جيد", null, "g1", "favor"),
                new BenchmarkExample("t2", "مشروع جيد", null, "g2", "against"));
        assertEquals(List.of("favor", "against"), stacked(true).predict(test));
        List<BenchmarkExample> lying = test.stream().map(e -> new BenchmarkExample(e.id(), e.text(), null, e.group(), e.label(),
                Map.of("sentiment", "Negative"))).toList();
        for (boolean perGroup : List.of(true, false)) {
            CandidateTrainer.Fitted fitted = stacked(perGroup);
            assertEquals(fitted.predict(test), fitted.predict(lying));
        }
    }

    @Test
    void anExampleWithNoKnownWordGetsTheMajorityLabelInsteadOfFailing() {
        List<BenchmarkExample> train = new ArrayList<>(train());
        train.add(new BenchmarkExample("extra", "قرار جيد", null, "g1", "favor"));
        CandidateConfig c = new CandidateConfig("t", AnalysisConfig.full(), WORDS, List.of(svm()), false, false, false, 1.0, false);
        List<String> p = new CandidateTrainer(c, new ExampleFeatures(c.analysis(), c.features(), List.of(), false), 1).fit(train)
                .predict(List.of(new BenchmarkExample("t", "كلمات لم ترد أبدا", null, "g1", "favor")));
        assertEquals(List.of("favor"), p);
    }
}

package org.arstance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import java.util.Set;
import org.arstance.features.TermCounter;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.arstance.models.ArstanceModel;
import org.arstance.models.PipelineConfig;
import org.arstance.models.PipelineTrainer;
import org.arstance.text.TextAnalyzer;
import java.nio.file.Files;
import org.arstance.corpus.AntCorpus;
import org.arstance.corpus.DataDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The protocols on the seed labels: no leakage of articles, vocabulary or IDF across a split. */
class FoldPlannerTest {

    private static final LabelSet SEEDS = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow();

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"file, 1", "article, 1", "article, 7", "kfold:2, 3", "kfold:3, 42", "kfold:5, 42", "kfold:5, 9"})
    void noArticleIsEverOnBothSidesAndEveryParagraphIsTestedOnce(String protocol, long seed) {
        List<Fold> folds = FoldPlanner.plan(Protocol.parse(protocol), SEEDS.records(), List.of(), seed);
        Set<String> tested = new HashSet<>();
        for (Fold f : folds) {
            Set<String> trainArticles = new HashSet<>();
            f.train().forEach(r -> trainArticles.add(r.articleKey()));
            for (LabelRecord r : f.test()) {
                assertFalse(trainArticles.contains(r.articleKey()), protocol + " " + f.name() + ": " + r.articleKey());
                assertTrue(tested.add(r.id()), "tested twice: " + r.id());
            }
            assertEquals(SEEDS.records().size(), f.train().size() + f.test().size());
            assertFalse(f.test().isEmpty());
        }
        assertEquals(SEEDS.records().size(), tested.size());
    }

    @Test
    void theSameSeedGivesTheSameFoldsAndAnotherSeedMayNot() {
        List<Fold> a = FoldPlanner.plan(Protocol.parse("article"), SEEDS.records(), List.of(), 1);
        List<Fold> b = FoldPlanner.plan(Protocol.parse("article"), SEEDS.records(), List.of(), 1);
        for (int i = 0; i < a.size(); i++) {
            assertEquals(ids(a.get(i).test()), ids(b.get(i).test()));
        }
    }

    @Test
    void holdoutLeavesOutTrainingArticlesFoundInTheHoldoutFile() {
        List<LabelRecord> holdout = SEEDS.records().stream().filter(r -> r.doc().startsWith("004")).toList();
        List<Fold> folds = FoldPlanner.plan(Protocol.parse("holdout:x.jsonl"), SEEDS.records(), holdout, 1);
        assertEquals(1, folds.size());
        assertEquals(holdout, folds.get(0).test());
        assertTrue(folds.get(0).train().stream().noneMatch(r -> r.doc().startsWith("004")));
    }

    /** The real training path of a fold (PipelineTrainer, as the Evaluator calls it) sees only its training side. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"file", "kfold:5"})
    void aFoldsVocabularyNeverContainsAWordSeenOnlyInItsTestSide(String protocol) {
        PipelineConfig config = PipelineConfig.defaults();
        TermCounter counter = new TermCounter(new TextAnalyzer(config.analysis()), config.features());
        for (Fold f : FoldPlanner.plan(Protocol.parse(protocol), SEEDS.records(), List.of(), 42)) {
            ArstanceModel model = new PipelineTrainer(SEEDS.schema(), config, m -> { }).train(f.train(), 42, "", List.of());
            Set<String> trainTerms = new HashSet<>();
            f.train().forEach(r -> trainTerms.addAll(counter.count(r.text()).keySet()));
            List<String> testOnly = new ArrayList<>();
            for (LabelRecord r : f.test()) {
                for (String t : counter.count(r.text()).keySet()) {
                    if (!trainTerms.contains(t)) {
                        testOnly.add(t);
                    }
                }
            }
            assertFalse(testOnly.isEmpty(), f.name() + " held-out side has words of its own");
            for (String t : testOnly) {
                assertFalse(model.vectorizer().contains(t), f.name() + ": held-out-only term " + t + " in vocabulary");
            }
            assertEquals(f.train().size(), model.vectorizer().documents(), "IDF over the training side only");
        }
    }

    @Test
    void sourceLeavesOneOutletOutWithTheSeedsAsOneMoreOutlet() {
        Assumptions.assumeTrue(Files.isRegularFile(DataDirectory.resolve(null).resolve(AntCorpus.FILE)));
        LabelSet all = LabelSet.load(List.of(Path.of("labels")), null).orThrow();
        List<Fold> folds = FoldPlanner.plan(Protocol.parse("source"), all.records(), List.of(), 42);
        assertEquals(List.of("alarabia", "BBC", "CNN", "france24", "seeds", "skynews").stream().sorted().toList(),
                folds.stream().map(Fold::name).toList());
        for (Fold f : folds) {
            assertTrue(f.test().stream().allMatch(r -> r.outlet().equals(f.name())));
            assertTrue(f.train().stream().noneMatch(r -> r.outlet().equals(f.name())));
        }
        assertEquals(186, folds.stream().filter(f -> f.name().equals("seeds")).findFirst().orElseThrow().test().size());
    }

    /**
     * ANT files some stories twice, under two ids (two categories), and reprints paragraphs: on the
     * repository's labels, no held-out paragraph's text and no held-out article's text is on the
     * training side, and the two ids of one story stay together.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kfold:5", "article", "source"})
    void noCopyOfAHeldOutParagraphOrArticleIsOnTheTrainingSide(String protocol) {
        Assumptions.assumeTrue(Files.isRegularFile(DataDirectory.resolve(null).resolve(AntCorpus.FILE)));
        LabelSet all = LabelSet.load(List.of(Path.of("labels")), null).orThrow();
        int trainingLeftOut = 0;
        List<Fold> folds = FoldPlanner.plan(Protocol.parse(protocol), all.records(), List.of(), 42);
        // a run of words in more than 3 articles is a stock formula (ترامب والزعيم الكوري الشمالي كيم جونغ أون), not a copy
        Map<String, Set<String>> articlesOfRun = new java.util.HashMap<>();
        for (LabelRecord r : all.records()) {
            wordRuns(r.text()).forEach(run -> articlesOfRun.computeIfAbsent(run, k -> new HashSet<>()).add(r.articleKey()));
        }
        for (Fold f : folds) {
            Set<String> trainTexts = new HashSet<>();
            Set<List<String>> trainArticles = new HashSet<>();
            Set<String> trainRuns = new HashSet<>();
            for (LabelRecord r : f.train()) {
                trainTexts.add(r.text().strip());
                trainRuns.addAll(wordRuns(r.text()));
                if (!r.articleText().isEmpty()) {
                    trainArticles.add(r.articleText());
                }
            }
            for (LabelRecord r : f.test()) {
                assertFalse(trainTexts.contains(r.text().strip()), protocol + " " + f.name() + ": " + r.id());
                assertFalse(trainArticles.contains(r.articleText()), protocol + " " + f.name() + ": article of " + r.id());
                // a reprint with a dateline put before it, or a mark changed, shares a run of words with its copy
                for (String run : wordRuns(r.text())) {
                    assertFalse(trainRuns.contains(run) && articlesOfRun.get(run).size() <= 3, protocol + " " + f.name() + ": a copy of " + r.id() + " in training: " + run);
                }
            }
            trainingLeftOut += all.records().size() - f.train().size() - f.test().size();
        }
        if (!protocol.equals("source")) {
            assertEquals(0, trainingLeftOut, "random protocols deal out whole stories");
            for (String[] copies : new String[][] {{"ant/FR-internationalNews-1667-20180606", "ant/FR-middleEast-593-20180606"},
                    {"ant/FR-internationalNews-2-20180218", "ant/FR-middleEast-3-20180218"},
                    {"ant/CN-middleEast-1272-20180902", "ant/CN-middleEast-1275-20180902"}}) {
                Fold a = foldTesting(folds, copies[0]);
                assertEquals(a.name(), foldTesting(folds, copies[1]).name(), String.join(" and ", copies));
            }
        } else {
            assertTrue(trainingLeftOut > 0, "a story reprinted by another outlet leaves that outlet's copy out of training");
        }
    }

    /** The runs of 10 words of a text, marks and punctuation aside (written here apart from Stories, to check it). */
    private static Set<String> wordRuns(String text) {
        String[] w = text.replaceAll("\\p{M}", "").replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip().split(" ");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 10 <= w.length; i++) {
            out.add(String.join(" ", java.util.Arrays.asList(w).subList(i, i + 10)));
        }
        return out;
    }

    private static Fold foldTesting(List<Fold> folds, String doc) {
        return folds.stream().filter(f -> f.test().stream().anyMatch(r -> r.doc().equals(doc))).findFirst().orElseThrow();
    }

    @Test
    void unknownProtocolsAreRefused() {
        for (String bad : List.of("loo", "kfold:1", "kfold:x", "holdout:")) {
            assertTrue(org.junit.jupiter.api.Assertions.assertThrows(org.arstance.io.UserInputException.class,
                    () -> Protocol.parse(bad)).getMessage().contains("protocol"));
        }
    }

    private static List<String> ids(List<LabelRecord> records) {
        return records.stream().map(LabelRecord::id).toList();
    }

}

package org.arstance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricsTest {

    @Test
    void perClassScoresMacroF1AndAbsentClasses() {
        List<String> gold = List.of("karabakh", "karabakh", "korea", "korea", "other");
        List<String> pred = List.of("karabakh", "korea", "korea", "korea", "karabakh");
        TaskMetrics m = TaskMetrics.of(gold, pred, List.of("karabakh", "korea", "lebanon", "other"));
        assertEquals(0.6, m.accuracy(), 1e-12);
        assertEquals(0.5, m.perClass().get("karabakh").precision(), 1e-12);
        assertEquals(0.5, m.perClass().get("karabakh").recall(), 1e-12);
        assertEquals(0.8, m.perClass().get("korea").f1(), 1e-12);
        assertEquals(0.0, m.perClass().get("other").f1(), 1e-12);
        // lebanon has no gold and no prediction: named absent, not averaged as a zero
        assertEquals(List.of("lebanon"), m.absent());
        assertEquals((0.5 + 0.8 + 0.0) / 3, m.macroF1(), 1e-12);
        assertEquals(2, m.confusion().get("korea").get("korea"));
        assertEquals(1, m.confusion().get("karabakh").get("korea"));
    }

    /** Source macro-F1 "over the actors with support ≥ k": the no-source value is not an actor. */
    @Test
    void actorMacroF1LeavesOutTheNoSourceValueAndRareActors() {
        List<String> gold = List.of("none", "none", "none", "russia", "russia", "armenia");
        List<String> pred = List.of("none", "russia", "none", "russia", "none", "armenia");
        TaskMetrics m = TaskMetrics.of(gold, pred, List.of());
        double none = m.perClass().get("none").f1();
        double russia = m.perClass().get("russia").f1();
        assertEquals(0.5, russia, 1e-12);
        assertEquals((none + russia) / 2, m.macroF1(2, null), 1e-12);
        assertEquals(russia, m.macroF1(2, "none"), 1e-12);
        assertEquals((russia + 1.0) / 2, m.macroF1(1, "none"), 1e-12);
    }

    @Test
    void fAvgIsTheMeanF1OfFavorAndAgainst() {
        List<String> gold = List.of("favor", "favor", "against", "neutral", "none");
        List<String> pred = List.of("favor", "against", "against", "neutral", "favor");
        TaskMetrics m = TaskMetrics.of(gold, pred, List.of("favor", "against", "neutral", "none"));
        double favor = m.perClass().get("favor").f1();
        double against = m.perClass().get("against").f1();
        assertEquals((favor + against) / 2, m.meanF1(List.of("favor", "against")), 1e-12);
    }

    /** Seeded random systems of varying quality: the interval always holds the point estimate. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theIntervalContainsThePointEstimate(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<String> labels = List.of("favor", "against", "neutral", "none");
        List<String> gold = new ArrayList<>();
        List<String> pred = new ArrayList<>();
        double skill = rnd.nextDouble();
        int n = 60 + rnd.nextInt(200);
        for (int i = 0; i < n; i++) {
            String g = labels.get(rnd.nextInt(labels.size()));
            gold.add(g);
            pred.add(rnd.nextDouble() < skill ? g : labels.get(rnd.nextInt(labels.size())));
        }
        double point = TaskMetrics.of(gold, pred, labels).macroF1();
        Interval ci = new Bootstrap(1000, seed).macroF1Interval(gold, pred);
        assertTrue(ci.lower() <= point && point <= ci.upper(), point + " outside " + ci);
        assertTrue(ci.upper() - ci.lower() < 0.5);
        // seeded: the same interval again
        assertEquals(ci, new Bootstrap(1000, seed).macroF1Interval(gold, pred));
    }

    @Test
    void pairedTestSeesNoDifferenceBetweenASystemAndItselfAndALargeOneBetweenGoodAndBad() {
        List<String> gold = new ArrayList<>();
        List<String> good = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String g = i % 3 == 0 ? "korea" : i % 3 == 1 ? "karabakh" : "other";
            gold.add(g);
            good.add(i % 10 == 0 ? "other" : g);
            bad.add("karabakh");
        }
        Bootstrap b = new Bootstrap(1000, 42);
        assertEquals(1.0, b.pairedPValue(gold, good, good), 1e-12);
        assertTrue(b.pairedPValue(gold, good, bad) < 0.01);
    }

    /**
     * On the seed paragraphs, a system right on whole articles and wrong on others: resampling whole
     * articles sees that the errors come in blocks, so its interval is wider than the one that
     * resamples paragraphs as if they were independent; with each paragraph its own unit, the two are
     * the same.
     */
    @Test
    void resamplingWholeArticlesWidensTheIntervalWhenErrorsComeInArticles() {
        List<org.arstance.labels.LabelRecord> seeds = org.arstance.labels.LabelSet.load(
                List.of(java.nio.file.Path.of("labels", "seeds.jsonl")), null).orThrow().records();
        List<String> articles = seeds.stream().map(org.arstance.labels.LabelRecord::articleKey).distinct().toList();
        List<String> gold = seeds.stream().map(org.arstance.labels.LabelRecord::topic).toList();
        List<String> pred = seeds.stream().map(r -> articles.indexOf(r.articleKey()) % 2 == 0 ? r.topic() : "other").toList();
        List<String> units = seeds.stream().map(org.arstance.labels.LabelRecord::articleKey).toList();
        List<String> own = seeds.stream().map(org.arstance.labels.LabelRecord::id).toList();
        Interval paragraphs = new Bootstrap(1000, 3).macroF1Interval(gold, pred);
        Interval whole = new Bootstrap(1000, 3, units).macroF1Interval(gold, pred);
        assertTrue(whole.upper() - whole.lower() > 1.5 * (paragraphs.upper() - paragraphs.lower()), whole + " against " + paragraphs);
        assertEquals(paragraphs, new Bootstrap(1000, 3, own).macroF1Interval(gold, pred));
        assertEquals(articles.size(), new Bootstrap(1000, 3, units).unitCount(gold.size()));
        int[] unit = new Bootstrap(1000, 3, units).unitOf(gold.size());
        for (int i = 0; i < seeds.size(); i++) {
            assertEquals(articles.indexOf(seeds.get(i).articleKey()), unit[i], seeds.get(i).id()); // numbered by first appearance
        }
        assertEquals(seeds.size() - 1, new Bootstrap(1000, 3).unitOf(gold.size())[seeds.size() - 1]);
    }
}

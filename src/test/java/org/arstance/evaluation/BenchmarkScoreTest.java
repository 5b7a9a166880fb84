package org.arstance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arstance.corpus.BenchmarkSchema;
import org.arstance.models.StratifiedFolds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkScoreTest {

    @TempDir
    Path tmp;

    private static final List<String> LABELS = List.of("Favor", "Against", "None");
    private static final List<String> GOLD = List.of("Favor", "Favor", "Favor", "Against", "Against", "None", "None", "Favor");
    private static final List<String> PRED = List.of("Favor", "Favor", "Against", "Against", "None", "None", "Favor", "Favor");

    @Test
    void fAvgIsTheMeanF1OfTheSchemasPositiveClassesComputedByHand() {
        BenchmarkSchema mawqif = BenchmarkSchema.load(Path.of("experiments", "benchmarks", "mawqif.schema.json"));
        assertEquals(LABELS, mawqif.labels());
        // Favor: tp 3, predicted 4, gold 4 -> P 3/4, R 3/4, F1 0.75
        // Against: tp 1, predicted 2, gold 2 -> F1 0.5;  None: tp 1, predicted 2, gold 2 -> F1 0.5
        BenchmarkScore s = BenchmarkScore.of(GOLD, PRED, mawqif, new Bootstrap(2000, 1));
        assertEquals("f_avg", s.primaryMetric());
        assertEquals((0.75 + 0.5) / 2, s.primary(), 1e-12);
        assertEquals((0.75 + 0.5 + 0.5) / 3, s.macroF1(), 1e-12);
        assertEquals(5 / 8.0, s.accuracy(), 1e-12);
        assertTrue(s.primaryCi().lower() <= s.primary() && s.primary() <= s.primaryCi().upper());
        assertTrue(s.primaryCi().lower() < s.primaryCi().upper());
    }

    @Test
    void aMacroF1SchemaScoresMacroF1FirstAndStillReportsFAvgOverItsPositiveClasses() throws Exception {
        Path file = tmp.resolve("macro.schema.json");
        Files.writeString(file, """
                {"name": "macro", "splits": {"train": "t.csv"}, "columns": {"text": ["text"], "label": "y"},
                 "labels": ["Favor", "Against", "None"], "positive_classes": ["Favor", "Against"], "primary_metric": "macro_f1"}
                """);
        BenchmarkScore s = BenchmarkScore.of(GOLD, PRED, BenchmarkSchema.load(file), new Bootstrap(2000, 1));
        assertEquals("macro_f1", s.primaryMetric());
        assertEquals((0.75 + 0.5) / 2, s.fAvg(), 1e-12);
        assertEquals(s.macroF1(), s.primary(), 1e-12);
        assertEquals(s.macroF1Ci(), s.primaryCi());
    }

    @Test
    void theFAvgIntervalIsSeededAndRepeatable() {
        Bootstrap b = new Bootstrap(2000, 9);
        assertEquals(b.meanF1Interval(GOLD, PRED, List.of("Favor", "Against")),
                new Bootstrap(2000, 9).meanF1Interval(GOLD, PRED, List.of("Favor", "Against")));
    }

    @Test
    void stratifiedFoldsKeepEachLabelSpreadAndAreSeeded() {
        List<String> y = List.of("a", "a", "a", "a", "b", "b", "b", "b", "b", "b");
        int[] f = StratifiedFolds.assign(y, 2, 5);
        int aInFold0 = 0;
        int bInFold0 = 0;
        for (int i = 0; i < y.size(); i++) {
            if (f[i] == 0) {
                if (y.get(i).equals("a")) {
                    aInFold0++;
                } else {
                    bInFold0++;
                }
            }
        }
        assertEquals(2, aInFold0);
        assertEquals(3, bInFold0);
        assertEquals(java.util.Arrays.toString(f), java.util.Arrays.toString(StratifiedFolds.assign(y, 2, 5)));
    }

    @Test
    void unitsKeepTheirExamplesTogetherAndSingletonUnitsChangeNothing() {
        List<String> y = List.of("a", "b", "a", "b", "a", "b", "a", "b", "a", "b", "a", "b");
        List<String> units = List.of("x", "p", "x", "q", "y", "r", "y", "p", "z", "s", "w", "t");
        int[] f = StratifiedFolds.assign(y, units, 3, 11);
        assertEquals(f[0], f[2]);
        assertEquals(f[4], f[6]);
        assertEquals(f[1], f[7]);
        List<String> own = new java.util.ArrayList<>();
        for (int i = 0; i < y.size(); i++) {
            own.add("u" + i);
        }
        assertEquals(java.util.Arrays.toString(StratifiedFolds.assign(y, 3, 11)),
                java.util.Arrays.toString(StratifiedFolds.assign(y, own, 3, 11)));
        assertThrows(IllegalArgumentException.class, () -> StratifiedFolds.assign(y, List.of("x", "x", "x", "x", "x", "x", "x", "x", "x", "x", "x", "x"), 2, 1));
    }
}

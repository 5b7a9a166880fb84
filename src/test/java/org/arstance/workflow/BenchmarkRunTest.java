package org.arstance.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.arstance.corpus.BenchmarkExample;
import org.arstance.corpus.BenchmarkReader;
import org.arstance.corpus.BenchmarkSchema;
import org.arstance.corpus.DataDirectory;
import org.arstance.evaluation.Bootstrap;
import org.arstance.evaluation.Interval;
import org.arstance.io.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark run's report: the config's disclosure printed as given, no claim the run cannot
 * know, the test split resampled by copies of one text, and the paired test on the primary metric.
 */
class BenchmarkRunTest {

    @TempDir
    Path tmp;

    private static final String DISCLOSURE = "The test split was scored twice before this run: 0.61 and then 0.64, after a "
            + "candidate was added with the first score in view.";

    /** A tiny F_avg benchmark whose test split holds two texts twice each (6 examples, 4 units). */
    private Path tinyBenchmark(String disclosure, String peerScript) throws Exception {
        Path schema = tmp.resolve("tiny.schema.json");
        Files.writeString(schema, """
                {"name": "tiny", "splits": {"train": "train.csv", "test": "test.csv"}, "labels": ["Favor", "Against", "None"],
                 "positive_classes": ["Favor", "Against"], "primary_metric": "f_avg",
                 "columns": {"id": "ID", "text": ["text"], "label": "stance"}}
                """);
        StringBuilder train = new StringBuilder("ID,text,stance\n");
        for (int i = 0; i < 12; i++) {
            train.append("f").append(i).append(",خطوة رائعة وممتازة ").append(i).append(",Favor\n");
            train.append("a").append(i).append(",قرار سيء وفاشل ").append(i).append(",Against\n");
            train.append("n").append(i).append(",مباراة الأمس في الملعب ").append(i).append(",None\n");
        }
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("train.csv"), train.toString());
        Files.writeString(data.resolve("test.csv"), """
                ID,text,stance
                t1,خطوة رائعة جدا,Favor
                t2,خطوة  رائعة جدا,Against
                t3,قرار سيء للغاية,Against
                t4,قرار سيء للغاية,Against
                t5,مباراة الأمس,None
                t6,خطوة ممتازة,Favor
                """);
        Path config = tmp.resolve("tiny.json");
        Files.writeString(config, """
                {"benchmark": {"name": "tiny", "schema": "%s", "selection": {"kind": "kfold", "folds": 3},
                  "candidates": [{"name": "svm", "settings": {"features": {"min_df": 1}}, "models": [{"trainer": "linear_svm"}]}],
                  %s
                  "references": [{"system": "elsewhere", "metric": "F_avg", "value": 0.1, "source": "another split", "compare": true,
                                  "same_split": false}]%s}}
                """.formatted(schema.toString().replace("\\", "/"),
                peerScript == null ? "" : "\"peer\": {\"script\": \"" + peerScript.replace("\\", "/") + "\", \"name\": \"fake peer\"},",
                disclosure == null ? "" : ", \"disclosure\": " + Json.MAPPER.writeValueAsString(disclosure)));
        return config;
    }

    /** A peer that needs no scikit-learn: it predicts Favor for every test example of split.json. */
    private String fakePeer() throws Exception {
        Path script = tmp.resolve("peer.py");
        Files.writeString(script, """
                import json, sys
                split = json.load(open(sys.argv[1] + "/split.json", encoding="utf-8"))
                print(json.dumps({"settings": {"predicts": "Favor"},
                                  "predictions": [{"id": i, "label": "Favor"} for i in split["splits"]["test"]]}))
                """);
        return script.toString();
    }

    private static boolean pythonAvailable() {
        return System.getenv("ARSTANCE_PYTHON") != null || Files.isExecutable(Path.of("/usr/bin/python3"));
    }

    @Test
    void theReportPrintsTheDisclosureAsGivenResamplesCopiesTogetherAndTestsTheFAvgDifference() throws Exception {
        Assumptions.assumeTrue(pythonAvailable(), "no python for the fake peer");
        Path out = tmp.resolve("reports");
        Path dir = new BenchmarkRun(BenchmarkSpec.load(tinyBenchmark(DISCLOSURE, fakePeer())), tmp.resolve("data"), m -> { }).run(out);
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("## Disclosure\n\n" + DISCLOSURE + "\n\n"), md);
        assertFalse(md.contains("first and only"), md);
        assertTrue(md.contains("This run scores the chosen candidate on the test split once; selection used training data only "
                + "(3-fold cross-validation"), md);
        // t1 and t2 are one text (white space aside), as are t3 and t4: 6 examples in 4 units
        assertTrue(md.contains("here 6 test examples in 4 units."), md);
        JsonNode m = Json.MAPPER.readTree(dir.resolve("metrics.json").toFile());
        assertEquals(DISCLOSURE, m.path("disclosure").asText());
        assertEquals(6, m.path("bootstrap").path("test_examples").asInt());
        assertEquals(4, m.path("bootstrap").path("test_units").asInt());
        // every test example's labels and unit, so that the scores can be recomputed outside arstance
        List<JsonNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve("predictions.jsonl"))) {
            lines.add(Json.MAPPER.readTree(l));
        }
        assertEquals(6, lines.size());
        assertEquals(4, lines.stream().map(l -> l.path("unit").asInt()).distinct().count());
        assertTrue(lines.stream().allMatch(l -> l.path("gold").isTextual() && l.path("arstance").isTextual()
                && l.path("reference").isTextual()), lines.toString());
        // the peer ran: its paired test is on the primary metric, F_avg, and is named so
        JsonNode peer = m.path("peer");
        assertTrue(peer.has("test"), peer.toString());
        assertTrue(peer.has("paired_p_f_avg") && !peer.has("paired_p_macro_f1"), peer.toString());
        String verdict = m.path("verdict").get(0).asText();
        assertTrue(verdict.contains("paired bootstrap test on the F_avg difference"), verdict);
        // a quoted number from another split is not compared
        assertTrue(m.path("verdict").get(1).asText().contains("not comparable on the same split"), m.path("verdict").toString());
        assertFalse(m.path("references").get(0).path("same_split").asBoolean(true));
        String board = Files.readString(out.resolve("leaderboard.md"));
        assertTrue(board.contains("### Disclosure: tiny\n\n" + DISCLOSURE + "\n\n"), board);
        assertTrue(board.contains("[another split: not comparable on this one]"), board);
        assertTrue(board.contains(verdict), board);
    }

    @Test
    void withoutADisclosureTheReportSaysNoneWasGiven() throws Exception {
        Path dir = new BenchmarkRun(BenchmarkSpec.load(tinyBenchmark(null, null)), tmp.resolve("data"), m -> { }).run(tmp.resolve("reports"));
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("## Disclosure\n\nNone given: the config (" + tmp.resolve("tiny.json")
                + ") has no disclosure, so this report cannot say how often the test split was scored before"), md);
        assertTrue(Json.MAPPER.readTree(dir.resolve("metrics.json").toFile()).path("disclosure").isNull());
    }

    /**
     * Two systems that differ only between None and Neutral have the same F_avg (the mean F1 of
     * Favor and Against) and very different macro-F1: the p-value follows the primary metric.
     */
    @Test
    void thePairedTestIsOnThePrimaryMetric() throws Exception {
        List<String> gold = new ArrayList<>();
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        String[] labels = {"Favor", "Against", "None", "Neutral"};
        for (int i = 0; i < 200; i++) {
            String g = labels[i % 4];
            gold.add(g);
            // both right on four in five examples, wrong the same way on the fifth (a Favor/Against swap)
            String shared = i % 5 == 0 ? (g.equals("Favor") ? "Against" : g.equals("Against") ? "Favor" : g) : g;
            a.add(shared);
            b.add(g.equals("None") ? "Neutral" : g.equals("Neutral") ? "None" : shared);
        }
        BenchmarkSchema fAvg = schema("f_avg");
        BenchmarkSchema macro = schema("macro_f1");
        Bootstrap bootstrap = new Bootstrap(2000, 42);
        assertEquals(1.0, org.arstance.evaluation.BenchmarkScore.pairedPValue(fAvg, bootstrap, gold, a, b), 1e-12);
        assertTrue(org.arstance.evaluation.BenchmarkScore.pairedPValue(macro, bootstrap, gold, a, b) < 0.01);
    }

    private BenchmarkSchema schema(String metric) throws Exception {
        Path f = tmp.resolve(metric + ".schema.json");
        Files.writeString(f, """
                {"name": "four", "splits": {"train": "t.csv"}, "columns": {"text": ["text"], "label": "y"},
                 "labels": ["Favor", "Against", "None", "Neutral"], "positive_classes": ["Favor", "Against"], "primary_metric": "%s"}
                """.formatted(metric));
        return BenchmarkSchema.load(f);
    }

    /**
     * On the real test splits: ANT's holds texts filed twice (one article under two ids, mostly
     * under two categories), which the bootstrap now draws together; Mawqif's and ANS's hold no
     * copies, so their intervals are what per-example resampling gave.
     */
    @Test
    void theRealTestSplitsResampleCopiesOfOneTextTogether() {
        Path data = DataDirectory.resolve(null);
        Assumptions.assumeTrue(Files.isDirectory(data.resolve("ant_multisource")) && Files.isDirectory(data.resolve("mawqif"))
                && Files.isDirectory(data.resolve("ans")), "public data not beside the project");
        for (String name : List.of("mawqif", "ans", "ant-categories")) {
            BenchmarkSchema schema = BenchmarkSchema.load(Path.of("experiments/benchmarks", name + ".schema.json"));
            List<BenchmarkExample> test = new BenchmarkReader(schema, data).read(42).split("test");
            Bootstrap clustered = BenchmarkRun.testBootstrap(test, 42);
            Set<String> texts = new HashSet<>();
            test.forEach(e -> texts.add(e.copyKey()));
            assertEquals(texts.size(), clustered.unitCount(test.size()), name);
            List<String> gold = test.stream().map(BenchmarkExample::label).toList();
            // a fixed imperfect prediction: every third example gets the first label
            List<String> predicted = new ArrayList<>(gold);
            for (int i = 0; i < predicted.size(); i += 3) {
                predicted.set(i, schema.labels().get(0));
            }
            Interval byUnit = clustered.macroF1Interval(gold, predicted);
            Interval byExample = new Bootstrap(Bootstrap.RESAMPLES, 42).macroF1Interval(gold, predicted);
            if (name.equals("ant-categories")) {
                assertEquals(6285, test.size());
                assertEquals(6035, texts.size(), "250 texts filed twice in ANT's test split");
                assertNotEquals(byUnit, byExample, "ANT's copies change the draws");
            } else {
                assertEquals(test.size(), texts.size(), name + ": no copies in the official test split");
                assertEquals(byExample, byUnit, name + ": one example per unit, the same draws");
            }
        }
    }
}

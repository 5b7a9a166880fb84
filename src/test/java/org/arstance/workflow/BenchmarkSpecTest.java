package org.arstance.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arstance.cli.Main;
import org.arstance.corpus.BenchmarkSchema;
import org.arstance.io.UserInputException;
import org.arstance.models.CandidateConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkSpecTest {

    @TempDir
    Path tmp;

    @Test
    void theThreeCommittedBenchmarksLoadWithSourcedNumbersAndTheirSchemas() {
        for (String name : List.of("mawqif", "ans", "ant-categories")) {
            Path file = Path.of("experiments/benchmarks", name + ".json");
            assertTrue(BenchmarkSpec.isBenchmark(file), name);
            BenchmarkSpec s = BenchmarkSpec.load(file);
            assertEquals(name, s.name());
            assertFalse(s.candidates().isEmpty());
            assertFalse(s.finalTraining().contains("test"));
            s.published().forEach(q -> assertFalse(q.source().isBlank()));
            s.references().forEach(q -> assertFalse(q.source().isBlank()));
            BenchmarkSchema schema = BenchmarkSchema.load(s.schema());
            assertEquals(name, schema.name());
        }
        assertFalse(BenchmarkSpec.isBenchmark(Path.of("experiments/seed-baseline.json")));
        assertEquals(List.of("Favor", "Against"), BenchmarkSchema.load(Path.of("experiments/benchmarks/mawqif.schema.json")).positiveClasses());
        assertEquals("dev", BenchmarkSpec.load(Path.of("experiments/benchmarks/ans.json")).selectionSplit());
    }

    /**
     * Each committed benchmark says how often its test split was scored before (experiments/README.md,
     * Disclosure): the test numbers of every earlier choice, in order.
     */
    @Test
    void theCommittedBenchmarksDiscloseEveryEarlierTestScore() {
        Map<String, List<String>> scores = Map.of(
                "mawqif", List.of("0.729", "0.726", "0.748", "0.743"),
                "ant-categories", List.of("0.853", "0.854", "0.859"),
                "ans", List.of("0.531"));
        scores.forEach((name, numbers) -> {
            String d = BenchmarkSpec.load(Path.of("experiments/benchmarks", name + ".json")).disclosure();
            int at = -1;
            for (String n : numbers) {
                int next = d.indexOf(n, at + 1);
                assertTrue(next > at, name + ": " + n + " after the earlier scores in: " + d);
                at = next;
            }
            assertFalse(d.contains("first and only"), name);
        });
        assertTrue(BenchmarkSpec.load(Path.of("experiments/benchmarks/mawqif.json")).disclosure().contains("grid was extended twice"));
    }

    @Test
    void anUnknownCandidateKeyOrAnUnsourcedNumberIsRefused() throws Exception {
        Path f = tmp.resolve("b.json");
        Files.writeString(f, """
                {"benchmark": {"name": "b", "schema": "experiments/benchmarks/mawqif.schema.json",
                  "candidates": [{"name": "x", "models": [{"trainer": "linear_svm"}], "per_target": true}]}}
                """);
        UserInputException e = assertThrows(UserInputException.class, () -> BenchmarkSpec.load(f));
        assertEquals(f + ":2: unknown key 'benchmark.candidates[0].per_target'", e.getMessage());
        Files.writeString(f, """
                {"benchmark": {"name": "b", "schema": "experiments/benchmarks/mawqif.schema.json",
                  "candidates": [{"name": "x", "models": [{"trainer": "linear_svm"}]}],
                  "published": [{"system": "s", "metric": "m", "value": 1.0}]}}
                """);
        e = assertThrows(UserInputException.class, () -> BenchmarkSpec.load(f));
        assertTrue(e.getMessage().contains("'source'"), e.getMessage());
    }

    /** A model is chosen on training data only: neither selection nor the final fit may use the test split. */
    @Test
    void theTestSplitCanNeitherChooseTheModelNorTrainIt() throws Exception {
        Path f = tmp.resolve("b.json");
        Files.writeString(f, """
                {"benchmark": {"name": "b", "schema": "experiments/benchmarks/ans.schema.json",
                  "selection": {"kind": "split", "split": "test"},
                  "candidates": [{"name": "x", "models": [{"trainer": "linear_svm"}]}]}}
                """);
        UserInputException e = assertThrows(UserInputException.class, () -> BenchmarkSpec.load(f));
        assertEquals(f + ":2: 'benchmark.selection.split' must not be the test split: a model is chosen on training data only",
                e.getMessage());
        Files.writeString(f, """
                {"benchmark": {"name": "b", "schema": "experiments/benchmarks/ans.schema.json",
                  "final_training": ["train", "test"],
                  "candidates": [{"name": "x", "models": [{"trainer": "linear_svm"}]}]}}
                """);
        e = assertThrows(UserInputException.class, () -> BenchmarkSpec.load(f));
        assertEquals(f + ":2: 'benchmark.final_training' must not include the test split", e.getMessage());
    }

    @Test
    void mawqifsStackedCandidatesAreTheChosenSettingsPlusStackingAndTheOthersStackNothing() {
        BenchmarkSpec s = BenchmarkSpec.load(Path.of("experiments/benchmarks/mawqif.json"));
        Map<String, CandidateConfig> byName = new LinkedHashMap<>();
        s.candidates().forEach(c -> byName.put(c.name(), c));
        CandidateConfig ensemble = byName.get("ensemble-lr+svm-indicator-keepstop");
        CandidateConfig sentiment = byName.get("ensemble-lr+svm-indicator-keepstop-aux-sentiment");
        CandidateConfig both = byName.get("ensemble-lr+svm-indicator-keepstop-aux-sentiment+sarcasm");
        CandidateConfig perTarget = byName.get("svm-wordchar-pertarget-C0.3-aux-sentiment+sarcasm");
        assertEquals(List.of("sentiment"), sentiment.stackAuxiliary());
        assertEquals(List.of("sentiment", "sarcasm"), both.stackAuxiliary());
        assertEquals(List.of("sentiment", "sarcasm"), perTarget.stackAuxiliary());
        for (CandidateConfig c : List.of(sentiment, both)) {
            assertEquals(ensemble, new CandidateConfig(ensemble.name(), c.analysis(), c.features(), c.models(), c.perGroup(),
                    c.groupIndicator(), c.nbFeatures(), c.nbAlpha(), c.pairDifference()), c.name());
        }
        CandidateConfig svm = byName.get("svm-wordchar-pertarget-C0.3");
        assertEquals(svm, new CandidateConfig(svm.name(), perTarget.analysis(), perTarget.features(), perTarget.models(),
                perTarget.perGroup(), perTarget.groupIndicator(), perTarget.nbFeatures(), perTarget.nbAlpha(), perTarget.pairDifference()));
        assertEquals(3, s.candidates().stream().filter(c -> !c.stackAuxiliary().isEmpty()).count());
        assertEquals(List.of("sentiment", "sarcasm"), BenchmarkSchema.load(s.schema()).auxiliaryColumns());
        assertEquals(List.of(), BenchmarkSchema.load(Path.of("experiments/benchmarks/ans.schema.json")).auxiliaryColumns());
    }

    private Path schemaWith(String auxiliary) throws Exception {
        Path schema = tmp.resolve("tweets.schema.json");
        Files.writeString(schema, """
                {"name": "tweets", "splits": {"train": "train.csv", "test": "test.csv"}, "labels": ["Favor", "Against", "None"],
                 "columns": {"id": "ID", "text": "text", "group": "target", "label": "stance"%s}}
                """.formatted(auxiliary.isEmpty() ? "" : ", \"auxiliary\": " + auxiliary));
        return schema;
    }

    private BenchmarkSpec withStacking(Path schema, String stack) throws Exception {
        Path f = tmp.resolve("b.json");
        Files.writeString(f, """
                {"benchmark": {"name": "b", "schema": "%s",
                  "candidates": [{"name": "plain", "models": [{"trainer": "linear_svm"}]},
                                 {"name": "stacked", "models": [{"trainer": "linear_svm"}], "stack_auxiliary": %s}]}}
                """.formatted(schema.toString().replace("\\", "/"), stack));
        return BenchmarkSpec.load(f);
    }

    @Test
    void stackAuxiliaryIsTrueForEveryDeclaredColumnOrAListOfThem() throws Exception {
        Path schema = schemaWith("[\"sentiment\", \"sarcasm\"]");
        assertEquals(List.of("sentiment", "sarcasm"), withStacking(schema, "true").candidates().get(1).stackAuxiliary());
        assertEquals(List.of("sarcasm"), withStacking(schema, "[\"sarcasm\"]").candidates().get(1).stackAuxiliary());
        assertEquals(List.of(), withStacking(schema, "false").candidates().get(1).stackAuxiliary());
        assertEquals(List.of(), withStacking(schema, "false").candidates().get(0).stackAuxiliary());
    }

    @Test
    void stackingAColumnTheSchemaDoesNotDeclareIsRefusedByName() throws Exception {
        Path schema = schemaWith("[\"sentiment\"]");
        UserInputException e = assertThrows(UserInputException.class, () -> withStacking(schema, "[\"sarcasm\"]"));
        assertEquals(tmp.resolve("b.json") + ":3: 'benchmark.candidates[1].stack_auxiliary' names 'sarcasm', which is not an auxiliary label column of "
                + schema.toString().replace("\\", "/") + " (declared: sentiment)", e.getMessage());
        e = assertThrows(UserInputException.class, () -> withStacking(schemaWith(""), "true"));
        assertTrue(e.getMessage().contains("declares none (columns.auxiliary)"), e.getMessage());
        e = assertThrows(UserInputException.class, () -> withStacking(schema, "\"sentiment\""));
        assertTrue(e.getMessage().contains("must be true, false or a list"), e.getMessage());
    }

    @Test
    void selectionOnlyPrintsEveryCandidatesTrainingScoresAndWritesNothing() throws Exception {
        Path schema = schemaWith("[\"sentiment\"]");
        StringBuilder train = new StringBuilder("ID,text,target,stance,sentiment\n");
        String[] targets = {"اللقاح", "القرار"};
        for (int i = 0; i < 12; i++) {
            String target = targets[i % 2];
            train.append("f").append(i).append(",").append(target).append(" خطوة رائعة وممتازة ").append(i).append(",").append(target)
                    .append(",Favor,Positive\n");
            train.append("a").append(i).append(",").append(target).append(" قرار سيء وفاشل ").append(i).append(",").append(target)
                    .append(",Against,Negative\n");
            train.append("n").append(i).append(",").append("مباراة الأمس في الملعب ").append(i).append(",").append(target)
                    .append(",None,Neutral\n");
        }
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("train.csv"), train.toString());
        // the test file is read (its hash would go in a report) but nothing is fitted on or scored against it
        Files.writeString(data.resolve("test.csv"), "ID,text,target,stance,sentiment\nt1,اللقاح رائع,اللقاح,Favor,Positive\n");
        Path config = tmp.resolve("tiny.json");
        Files.writeString(config, """
                {"benchmark": {"name": "tiny", "schema": "%s", "selection": {"kind": "kfold", "folds": 3},
                  "candidates": [{"name": "svm", "settings": {"features": {"min_df": 1}}, "models": [{"trainer": "linear_svm"}]},
                                 {"name": "svm-aux", "settings": {"features": {"min_df": 1}}, "models": [{"trainer": "linear_svm"}],
                                  "stack_auxiliary": true}]}}
                """.formatted(schema.toString().replace("\\", "/")));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path reports = tmp.resolve("reports");
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "experiment", config.toString(), "--selection-only",
                "--data-dir", data.toString(), "--out", reports.toString());
        assertEquals(Main.EXIT_OK, code, err.toString());
        String table = out.toString();
        assertTrue(table.contains("| svm |") || table.contains("| svm (chosen) |"), table);
        assertTrue(table.contains("| svm-aux |") || table.contains("| svm-aux (chosen) |"), table);
        assertTrue(table.contains("stacked out-of-fold predictions of sentiment"), table);
        assertTrue(table.contains("3-fold cross-validation inside the training split"), table);
        assertFalse(table.toLowerCase(java.util.Locale.ROOT).contains("on test"), table);
        assertFalse(err.toString().contains("final fit"), err.toString());
        assertFalse(Files.exists(reports), "nothing written");

        code = Main.execute(new PrintWriter(out), new PrintWriter(err), "experiment", "experiments/seed-baseline.json", "--selection-only");
        assertEquals(Main.EXIT_BAD_INPUT, code);
        assertTrue(err.toString().contains("--selection-only applies to a benchmark config"), err.toString());
    }

    @Test
    void theExperimentCommandGivesOneLineAndNoFolderWhenTheDataIsMissing() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "experiment", "experiments/benchmarks/mawqif.json",
                "--data-dir", tmp.resolve("nowhere").toString(), "--out", tmp.resolve("reports").toString());
        assertEquals(Main.EXIT_BAD_INPUT, code);
        List<String> lines = err.toString().strip().lines().toList();
        assertTrue(lines.get(lines.size() - 1).contains("nowhere") && lines.get(lines.size() - 1).contains("data directory"), lines.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        assertFalse(Files.exists(tmp.resolve("reports").resolve("benchmarks").resolve("mawqif")));
    }
}

package org.arstance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.arstance.io.AtomicDirectory;
import org.arstance.io.UserInputException;
import org.arstance.report.BenchmarkReport;
import org.arstance.report.ReportWriter;
import org.arstance.workflow.BenchmarkSpec;
import org.arstance.workflow.Experiment;
import org.arstance.workflow.ExperimentSpec;
import org.arstance.corpus.AntCorpus;
import org.arstance.corpus.DataDirectory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Outputs never destroy what is not theirs: a folder is replaced only when empty or an earlier
 * output of the same kind, a model file never overwrites an input, and every output target is
 * checked before any work, so a bad one fails fast with nothing written.
 */
class OutputSafetyTest {

    @TempDir
    Path tmp;

    /** Fails with {@code code}, a message holding {@code message}, no stack trace, and before any work (one line on stderr). */
    private static Cli expectEarlyError(int code, String message, String... args) {
        Cli r = Cli.failing(code, message, args);
        assertEquals(1, r.err().strip().lines().count(), "refused before any work: " + r.err());
        return r;
    }

    private Path precious(Path dir) throws Exception {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve("thesis.txt"), "precious");
    }

    private static void assertIntact(Path file) throws Exception {
        assertEquals("precious", Files.readString(file), file + " is intact");
        try (Stream<Path> list = Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName()), list.map(Path::getFileName).toList(), "nothing added beside it");
        }
    }

    /** A copy of the seed labels and schema in {@code tmp}: the commands under test must not touch the repository's. */
    private Path labelsCopy() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("L"));
        Files.copy(Path.of("labels", "schema.json"), dir.resolve("schema.json"));
        return Files.copy(Path.of("labels", "seeds.jsonl"), dir.resolve("seeds.jsonl"));
    }

    // ---- folders: replaced only when empty or an earlier output of the same kind

    @Test
    void evaluateRefusesAFolderThatIsNotAnEarlierReport() throws Exception {
        Path d = tmp.resolve("d");
        Path thesis = precious(d);
        expectEarlyError(1, d + ": exists and is not an earlier arstance report (it holds thesis.txt",
                "evaluate", "--labels", "labels/seeds.jsonl", "--report", d.toString(), "--protocol", "kfold:2");
        assertIntact(thesis);
    }

    @Test
    void theWorkingFolderIsNotAReportFolder() {
        UserInputException e = assertThrows(UserInputException.class,
                () -> AtomicDirectory.requireReplaceable(Path.of("."), ReportWriter.MARKS));
        assertTrue(e.getMessage().startsWith(".: exists and is not an earlier arstance report (it holds "), e.getMessage());
        assertTrue(e.getMessage().endsWith("choose another folder or remove it"), e.getMessage());
    }

    @Test
    void aFolderIsReplacedWhenEmptyOrAnEarlierOutputAndOtherwiseLeftAlone() throws Exception {
        List<String> marks = List.of("report.md", "metrics.json");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        AtomicDirectory.write(empty, marks, dir -> Files.writeString(dir.resolve("report.md"), "new"));
        assertEquals("new", Files.readString(empty.resolve("report.md")));

        Path earlier = Files.createDirectories(tmp.resolve("earlier"));
        Files.writeString(earlier.resolve("report.md"), "old");
        Files.writeString(earlier.resolve("metrics.json"), "{}");
        Files.writeString(earlier.resolve("stale.png"), "old");
        AtomicDirectory.write(earlier, marks, dir -> Files.writeString(dir.resolve("report.md"), "new"));
        try (Stream<Path> list = Files.list(earlier)) {
            assertEquals(List.of("report.md"), list.map(p -> p.getFileName().toString()).toList(), "the earlier output replaced whole");
        }

        // one mark only: not an earlier output of this kind
        Path half = tmp.resolve("half");
        Path thesis = precious(half);
        Files.writeString(half.resolve("report.md"), "mine");
        boolean[] filled = {false};
        UserInputException e = assertThrows(UserInputException.class, () -> AtomicDirectory.write(half, marks, dir -> filled[0] = true));
        assertTrue(e.getMessage().contains("an earlier report holds report.md and metrics.json"), e.getMessage());
        assertFalse(filled[0], "refused before any work");
        assertEquals("mine", Files.readString(half.resolve("report.md")));
        assertEquals("precious", Files.readString(thesis));
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary folder left");
        }
    }

    @Test
    void evaluateReplacesAnEarlierReport() throws Exception {
        Path rep = Files.createDirectories(tmp.resolve("rep"));
        Files.writeString(rep.resolve("report.md"), "old");
        Files.writeString(rep.resolve("metrics.json"), "{}");
        Files.writeString(rep.resolve("stale.png"), "old");
        Cli r = Cli.run("evaluate", "--labels", "labels/seeds.jsonl", "--report", rep.toString(), "--protocol", "kfold:2",
                "--no-learning-curve");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(rep.resolve("report.md")).startsWith("# arstance evaluation: kfold:2"));
        assertTrue(Files.isRegularFile(rep.resolve("predictions.jsonl")));
        assertFalse(Files.exists(rep.resolve("stale.png")), "the earlier report replaced whole");
    }

    @Test
    void anExperimentRefusesAFolderThatIsNotAnEarlierExperimentBeforeAnyRun() throws Exception {
        Path spec = Files.writeString(tmp.resolve("tiny.json"), """
                {"name": "tiny", "labels": ["labels/seeds.jsonl"], "protocol": "file", "learning_curve": false}
                """);
        Path out = tmp.resolve("reports");
        Path thesis = precious(out.resolve("tiny"));
        expectEarlyError(1, out.resolve("tiny") + ": exists and is not an earlier arstance report (it holds thesis.txt; "
                + "an earlier report holds leaderboard.md and leaderboard.json)", "experiment", spec.toString(), "--out", out.toString());
        assertIntact(thesis);
    }

    @Test
    void aBenchmarkRefusesAFolderThatIsNotAnEarlierReportBeforeReadingAnyData() throws Exception {
        Path out = tmp.resolve("out");
        Path target = out.resolve("benchmarks").resolve(BenchmarkSpec.load(Path.of("experiments/benchmarks/ans.json")).name());
        Path thesis = precious(target);
        expectEarlyError(1, target + ": exists and is not an earlier arstance report (it holds thesis.txt",
                "experiment", "experiments/benchmarks/ans.json", "--out", out.toString(),
                "--data-dir", tmp.resolve("nowhere").toString());
        assertIntact(thesis);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void experimentAndBenchmarkNamesMustNameAFolderOfTheirOwn(String name) throws Exception {
        Path out = tmp.resolve("reports");
        Path thesis = precious(out);
        Path experiment = Files.writeString(tmp.resolve("e.json"),
                "{\"name\": \"" + name + "\", \"labels\": [\"labels/seeds.jsonl\"], \"protocol\": \"file\"}");
        expectEarlyError(1, experiment + ":1: 'name' is '" + name + "': it must be letters, digits", "experiment", experiment.toString(),
                "--out", out.toString());
        Path benchmark = Files.writeString(tmp.resolve("b.json"),
                "{\"benchmark\": {\"name\": \"" + name + "\", \"schema\": \"experiments/benchmarks/ans.schema.json\"}}");
        expectEarlyError(1, benchmark + ":1: 'benchmark.name' is '" + name + "': it must be letters, digits", "experiment",
                benchmark.toString(), "--out", out.toString());
        assertIntact(thesis);
    }

    /** The committed reports are earlier outputs of their kind: they regenerate in place. */
    @Test
    void theCommittedReportsAreEarlierOutputs() throws Exception {
        int seen = 0;
        try (Stream<Path> specs = Files.list(Path.of("experiments"))) {
            for (Path f : specs.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Path dir = Path.of("experiments", "reports", ExperimentSpec.load(f).name());
                if (Files.isDirectory(dir)) {
                    AtomicDirectory.requireReplaceable(dir, Experiment.MARKS);
                    seen++;
                }
            }
        }
        try (Stream<Path> specs = Files.list(Path.of("experiments", "benchmarks"))) {
            for (Path f : specs.filter(BenchmarkSpec::isBenchmark).sorted().toList()) {
                Path dir = Path.of("experiments", "reports", "benchmarks", BenchmarkSpec.load(f).name());
                if (Files.isDirectory(dir)) {
                    AtomicDirectory.requireReplaceable(dir, BenchmarkReport.MARKS);
                    seen++;
                }
            }
        }
        assertTrue(seen >= 2, "committed reports checked: " + seen);
    }

    // ---- model files never overwrite an input

    @ParameterizedTest
    @ValueSource(strings = {"seeds.jsonl", "schema.json", "config.json"})
    void trainRefusesToWriteTheModelOverAnInput(String input) throws Exception {
        Path labels = labelsCopy();
        Path config = Files.writeString(labels.resolveSibling("config.json"), "{}");
        Path out = labels.resolveSibling(input);
        byte[] before = Files.readAllBytes(out);
        expectEarlyError(1, out + ": the output file is also an input", "train", "--labels", labels.toString(),
                "--config", config.toString(), "--out", out.toString());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(out), "the input is intact");
    }

    /** Label files that point into a corpus read it too: the model is never written over the corpus. */
    @Test
    void trainRefusesToWriteTheModelOverTheCorpusItsLabelsPointInto() throws Exception {
        Path corpus = DataDirectory.resolve(null).resolve(AntCorpus.FILE);
        Assumptions.assumeTrue(Files.isRegularFile(corpus));
        Path data = tmp.resolve("data");
        Path copy = data.resolve(AntCorpus.FILE);
        Files.createDirectories(copy.getParent());
        Files.copy(corpus, copy);
        expectEarlyError(1, copy + ": the output file is also an input", "train", "--labels", "labels/ant/skynews.jsonl",
                "--data-dir", data.toString(), "--out", copy.toString());
        assertEquals(-1L, Files.mismatch(copy, corpus), "the corpus is intact");
    }

    @Test
    void evaluateRefusesToWriteTheModelOverAnInputOrTheHoldoutFile() throws Exception {
        Path labels = labelsCopy();
        Path holdout = Files.copy(labels, labels.resolveSibling("holdout.jsonl"));
        Path report = tmp.resolve("rep");
        for (Path in : List.of(labels, holdout)) {
            expectEarlyError(1, in + ": the output file is also an input", "evaluate", "--labels", labels.toString(),
                    "--protocol", "holdout:" + holdout, "--report", report.toString(), "--model-out", in.toString());
            assertEquals(-1L, Files.mismatch(in, Path.of("labels", "seeds.jsonl")), "the input is intact");
        }
        assertFalse(Files.exists(report));
    }

    // ---- every output target checked before any work

    @Test
    void evaluateWithAFolderAsModelFileWritesNoReport() throws Exception {
        Path e = Files.createDirectories(tmp.resolve("E"));
        expectEarlyError(1, e + ": is a folder, not a file", "evaluate", "--labels", "labels/seeds.jsonl",
                "--report", e.resolve("rep3").toString(), "--model-out", e.toString());
        assertFalse(Files.exists(e.resolve("rep3")), "no report written");
    }

    @Test
    void evaluateRefusesABadReportTargetBeforeTraining() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        Path model = tmp.resolve("m.zip");
        expectEarlyError(1, file + ": exists and is not a folder", "evaluate", "--labels", "labels/seeds.jsonl",
                "--report", file.toString(), "--model-out", model.toString());
        expectEarlyError(1, file.resolve("rep") + ": cannot write here (a file stands where a folder is needed: " + file + ")",
                "evaluate", "--labels", "labels/seeds.jsonl", "--report", file.resolve("rep").toString());
        Path same = tmp.resolve("same");
        expectEarlyError(1, same + ": the report folder " + same + " is, or is inside, this path", "evaluate",
                "--labels", "labels/seeds.jsonl", "--report", same.toString(), "--model-out", same.toString());
        assertFalse(Files.exists(model));
        assertFalse(Files.exists(same));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void trainRefusesAModelPathUnderAFileBeforeTraining() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        expectEarlyError(1, file.resolve("m.zip") + ": cannot write here (a file stands where a folder is needed: " + file + ")",
                "train", "--labels", "labels/seeds.jsonl", "--out", file.resolve("m.zip").toString());
        expectEarlyError(1, tmp + ": is a folder, not a file", "train", "--labels", "labels/seeds.jsonl", "--out", tmp.toString());
    }
}

package org.arstance.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arstance.cli.Main;
import org.arstance.corpus.BenchmarkSchema;
import org.arstance.io.UserInputException;
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

    @Test
    void anUnknownCandidateKeyOrAnUnsourcedNumberIsRefused() throws Exception {
        Path f = tmp.resolve("b.json");
        Files.writeString(f, """
                {"benchmark": {"name": "b", "schema": "experiments/benchmarks/mawqif.schema.json",
                  "candidates": [{"name": "x", "models": [{"trainer": "linear_svm"}], "per_target": true}]}}
                """);
        UserInputException e = assertThrows(UserInputException.class, () -> BenchmarkSpec.load(f));
        assertEquals(f + ": candidate 'x': unknown key 'per_target'", e.getMessage());
        Files.writeString(f, """
                {"benchmark": {"name": "b", "schema": "experiments/benchmarks/mawqif.schema.json",
                  "candidates": [{"name": "x", "models": [{"trainer": "linear_svm"}]}],
                  "published": [{"system": "s", "metric": "m", "value": 1.0}]}}
                """);
        e = assertThrows(UserInputException.class, () -> BenchmarkSpec.load(f));
        assertTrue(e.getMessage().contains("'source'"), e.getMessage());
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

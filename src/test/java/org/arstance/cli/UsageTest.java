package org.arstance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exit codes: a bad option value is bad usage (2), checked before any file is read; a bad config
 * or training data that cannot give a usable model is bad input (1). Either is one message, no
 * stack trace and no output.
 */
class UsageTest {

    @TempDir
    Path tmp;

    private static Cli expect(int code, String message, String... args) {
        Cli r = Cli.failing(code, message, args);
        assertEquals("", r.out());
        return r;
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3"})
    void threadsBelowOneIsBadUsage(String threads) {
        Path out = tmp.resolve("predictions.jsonl");
        // the model is not even read: usage is checked first
        expect(Main.EXIT_USAGE, "--threads must be at least 1, not " + threads, "classify", "--model",
                tmp.resolve("no.model").toString(), "--threads", threads, "--out", out.toString(), "seeds");
        assertFalse(Files.exists(out));
        Path model = tmp.resolve("seeds.model");
        expect(Main.EXIT_USAGE, "--threads must be at least 1, not " + threads, "train", "--labels", "labels/seeds.jsonl",
                "--threads", threads, "--out", model.toString());
        assertFalse(Files.exists(model));
    }

    @Test
    void aBadProtocolIsBadUsageLikeABadFormat() {
        Path report = tmp.resolve("report");
        expect(Main.EXIT_USAGE, "Invalid value for option '--protocol': unknown protocol 'bogus'", "evaluate",
                "--labels", "labels/seeds.jsonl", "--protocol", "bogus", "--report", report.toString());
        expect(Main.EXIT_USAGE, "protocol 'kfold:1': K must be at least 2", "evaluate",
                "--labels", "labels/seeds.jsonl", "--protocol", "kfold:1", "--report", report.toString());
        assertFalse(Files.exists(report));
        expect(Main.EXIT_USAGE, "--format must be jsonl or csv, not xml", "classify", "--model",
                tmp.resolve("no.model").toString(), "--format", "xml", "seeds");
    }

    @Test
    void aConfigValueOfTheWrongTypeIsBadInput() throws Exception {
        Path config = tmp.resolve("config.json");
        Path model = tmp.resolve("m.model");
        Files.writeString(config, "{\n  \"model\": {\n    \"epochs\": 2.7\n  }\n}\n");
        expect(Main.EXIT_BAD_INPUT, config + ":3: 'model.epochs' must be an integer, not 2.7",
                "train", "--labels", "labels/seeds.jsonl", "--config", config.toString(), "--out", model.toString());
        Files.writeString(config, "{\"model\": {\"epochs\": \"20\"}}");
        expect(Main.EXIT_BAD_INPUT, config + ":1: 'model.epochs' must be an integer, not \"20\"",
                "train", "--labels", "labels/seeds.jsonl", "--config", config.toString(), "--out", model.toString());
        assertFalse(Files.exists(model));
    }

    @Test
    void anExperimentTypoIsBadInputAndRunsNothing() throws Exception {
        Path spec = tmp.resolve("x.json");
        Files.writeString(spec, "{\"labels\": [\"labels/seeds.jsonl\"],\n \"grid\": {\n  \"trainer\": [\"naive_bayes\", \"cart\"]}}");
        expect(Main.EXIT_BAD_INPUT, spec + ":3: unknown key 'grid.trainer'", "experiment", spec.toString(),
                "--out", tmp.resolve("reports").toString());
        assertFalse(Files.exists(tmp.resolve("reports")));
    }

    @Test
    void trainingOnDataThatCannotGiveAUsableModelIsBadInput() throws Exception {
        Path config = tmp.resolve("config.json");
        Files.writeString(config, "{\"features\": {\"min_df\": 1000}}");
        Path model = tmp.resolve("m.model");
        Cli r = expect(Main.EXIT_BAD_INPUT, "seeds.jsonl: cannot train: no term occurs in at least min_df=1000 of the 186 "
                + "training paragraphs: lower min_df", "train", "--labels", "labels/seeds.jsonl", "--config", config.toString(),
                "--out", model.toString());
        assertEquals("seeds.jsonl: cannot train: no term occurs in at least min_df=1000 of the 186 training paragraphs: lower min_df",
                r.err().strip().lines().reduce((a, b) -> b).orElse(""));
        Path one = tmp.resolve("one.jsonl");
        Files.writeString(one, Files.readAllLines(Path.of("labels/seeds.jsonl")).get(0) + "\n");
        expect(Main.EXIT_BAD_INPUT, "one.jsonl: cannot train: fewer than two topics among the 1 training paragraph",
                "train", "--labels", one.toString(), "--schema", "labels/schema.json", "--out", model.toString());
        assertFalse(Files.exists(model));
    }
}

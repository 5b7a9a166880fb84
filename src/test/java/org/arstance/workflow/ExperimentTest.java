package org.arstance.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arstance.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentTest {

    @TempDir
    Path tmp;

    @Test
    void aGridOfTwoTrainersGivesALeaderboardWithBaselinesAndEachRunsReport() throws Exception {
        Path spec = tmp.resolve("tiny.json");
        Files.writeString(spec, """
                {"name": "tiny", "labels": ["labels/seeds.jsonl"], "protocol": "file", "seed": 3,
                 "learning_curve": false, "peers": ["sklearn"],
                 "grid": {"trainers": ["naive_bayes", "smile_logistic"]}}
                """);
        Path out = new Experiment(ExperimentSpec.load(spec), org.arstance.corpus.DataDirectory.resolve(null), m -> { }).run(tmp.resolve("reports"));
        assertEquals(tmp.resolve("reports").resolve("tiny"), out);
        for (String f : List.of("leaderboard.md", "leaderboard.html", "leaderboard.json",
                "runs/naive_bayes/metrics.json", "runs/smile_logistic/report.html", "runs/naive_bayes/folds.json")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        JsonNode board = Json.MAPPER.readTree(out.resolve("leaderboard.json").toFile());
        List<String> systems = new ArrayList<>();
        board.forEach(r -> systems.add(r.get("system").asText()));
        assertTrue(systems.containsAll(List.of("naive_bayes", "smile_logistic", "baseline: majority", "baseline: stratified")), systems.toString());
        for (JsonNode r : board) {
            double point = r.get("topic_macro_f1").asDouble();
            assertTrue(r.get("topic_macro_f1_ci").get(0).asDouble() <= point && point <= r.get("topic_macro_f1_ci").get(1).asDouble());
        }
        for (int i = 1; i < board.size(); i++) {
            assertTrue(board.get(i - 1).get("topic_macro_f1").asDouble() >= board.get(i).get("topic_macro_f1").asDouble(), "sorted");
        }
        String md = Files.readString(out.resolve("leaderboard.md"));
        assertTrue(md.contains("## What each held-out side contains"), md);
        // the scikit-learn row when Debian's scikit-learn is installed, else a plain note that it did not run
        assertTrue(systems.stream().anyMatch(s -> s.startsWith("scikit-learn")) || md.contains("not run"), md);
        // the same seed's majority baseline: in the leaderboard and in the run's metrics, the same number
        JsonNode metrics = Json.MAPPER.readTree(out.resolve("runs/naive_bayes/metrics.json").toFile());
        double majority = metrics.get("tasks").get("topic").get("baselines").get("majority").get("macro_f1").asDouble();
        for (JsonNode r : board) {
            if (r.get("system").asText().equals("baseline: majority")) {
                assertEquals(majority, r.get("topic_macro_f1").asDouble(), 1e-9);
            }
        }
    }

    @Test
    void badDeclarationsAreNamed() throws Exception {
        Path spec = tmp.resolve("bad.json");
        Files.writeString(spec, "{\"name\": \"x\", \"labels\": [\"labels\"], \"grdi\": {}}");
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.arstance.io.UserInputException.class,
                () -> ExperimentSpec.load(spec));
        assertTrue(e.getMessage().contains("unknown key 'grdi'"), e.getMessage());
    }
}

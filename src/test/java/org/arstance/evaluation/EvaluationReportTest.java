package org.arstance.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arstance.io.Json;
import org.arstance.labels.LabelSet;
import org.arstance.models.PipelineConfig;
import org.arstance.workflow.Evaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole evaluation of the seed labels, written twice. */
class EvaluationReportTest {

    @TempDir
    static Path tmp;
    static Path first;
    static Path second;

    @BeforeAll
    static void evaluateTwice() {
        LabelSet seeds = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow();
        PipelineConfig config = PipelineConfig.defaults();
        first = tmp.resolve("first");
        second = tmp.resolve("second");
        new Evaluation(seeds, config, 42, true, m -> { }).run(Protocol.parse("file"), List.of(), first);
        new Evaluation(seeds, config, 42, false, m -> { }).run(Protocol.parse("file"), List.of(), second);
    }

    @Test
    void twoIdenticalRunsWriteIdenticalMetrics() throws Exception {
        // the second run skipped the learning curve: compare everything but that
        JsonNode a = Json.MAPPER.readTree(first.resolve("metrics.json").toFile());
        JsonNode b = Json.MAPPER.readTree(second.resolve("metrics.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("learning_curve");
        ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("learning_curve");
        assertEquals(a, b);
        assertArrayEquals(Files.readAllBytes(first.resolve("predictions.jsonl")), Files.readAllBytes(second.resolve("predictions.jsonl")));
        Path third = tmp.resolve("third");
        LabelSet seeds = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow();
        new Evaluation(seeds, PipelineConfig.defaults(), 42, true, m -> { }).run(Protocol.parse("file"), List.of(), third);
        assertArrayEquals(Files.readAllBytes(first.resolve("metrics.json")), Files.readAllBytes(third.resolve("metrics.json")));
    }

    @Test
    void metricsJsonHasTheDocumentedShapeAndIntervalsHoldThePoint() throws Exception {
        JsonNode m = Json.MAPPER.readTree(first.resolve("metrics.json").toFile());
        assertEquals("file", m.get("protocol").asText());
        assertEquals(186, m.get("n").asInt());
        assertEquals(42, m.get("seed").asInt());
        assertTrue(m.get("data_hash").asText().matches("[0-9a-f]{64}"));
        assertTrue(m.get("config").has("model"));
        // the code that measured: arstance, Java and the libraries whose versions move the numbers
        for (String part : List.of("arstance", "java", "tribuo", "lucene", "smile")) {
            assertTrue(m.get("versions").hasNonNull(part), "versions." + part);
        }
        assertEquals("4.3.2", m.get("versions").get("tribuo").asText());
        for (String task : List.of("topic", "stance")) {
            JsonNode t = m.get("tasks").get(task);
            for (String field : List.of("accuracy", "macro_f1", "macro_f1_ci", "per_class", "confusion", "baselines")) {
                assertTrue(t.has(field), task + "." + field);
            }
            double point = t.get("macro_f1").asDouble();
            assertTrue(t.get("macro_f1_ci").get(0).asDouble() <= point && point <= t.get("macro_f1_ci").get(1).asDouble(),
                    task + " interval " + t.get("macro_f1_ci") + " misses " + point);
            assertTrue(t.get("baselines").has("majority") && t.get("baselines").has("stratified"));
            int support = 0;
            for (JsonNode c : t.get("per_class")) {
                assertTrue(c.has("precision") && c.has("recall") && c.has("f1") && c.has("support"));
                support += c.get("support").asInt();
            }
            assertEquals(186, support);
        }
        assertTrue(m.get("tasks").get("stance").has("f_avg"));
        assertEquals(4, m.get("learning_curve").size());
    }

    @Test
    void reportFolderHoldsEveryPartWithEmbeddedCharts() throws Exception {
        for (String f : List.of("metrics.json", "report.md", "report.html", "predictions.jsonl", "folds.json",
                "confusion-topic.png", "confusion-stance.png", "f1-topic.png", "f1-stance.png", "learning-curve.png")) {
            assertTrue(Files.size(first.resolve(f)) > 0, f);
        }
        String html = Files.readString(first.resolve("report.html"));
        assertEquals(6, html.split("src=\"data:image/png;base64,", -1).length - 1, "six embedded charts");
        assertTrue(!html.contains("src=\"confusion"), "self-contained: no image file references");
        String md = Files.readString(first.resolve("report.md"));
        for (String section : List.of("## What was measured", "## What each held-out side contains", "## Task: topic",
                "## Task: stance", "## Learning curve", "## Top features per class: topic", "## Worst errors: stance")) {
            assertTrue(md.contains(section), section);
        }
        assertTrue(md.contains("\n- Code: arstance "), "the report names the code that measured");
        assertTrue(md.contains(", tribuo 4.3.2, "), "the report names the libraries' versions");
        assertEquals(186, Files.readAllLines(first.resolve("predictions.jsonl")).size());
        JsonNode folds = Json.MAPPER.readTree(first.resolve("folds.json").toFile());
        assertEquals(5, folds.get("folds").size());
        assertEquals("labels/seeds.jsonl", folds.get("label_files").get(0).asText());
    }
}

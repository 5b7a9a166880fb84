package org.arstance.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.arstance.io.Json;
import org.arstance.labels.LabelSet;
import org.arstance.models.PipelineConfig;
import org.arstance.workflow.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * F_avg averages the schema's polar stances, whatever they are called: the seed labels with
 * favor and against renamed in the labels and in a copy of the schema score the same F_avg, and
 * the report names the schema's values.
 */
class PolarStancesTest {

    @TempDir
    static Path tmp;

    @Test
    void renamingThePolarStancesGivesTheSameFAvg() throws Exception {
        Map<String, String> rename = Map.of("favor", "pro", "against", "con");
        Path dir = Files.createDirectories(tmp.resolve("renamed"));
        String schema = Files.readString(Path.of("labels", "schema.json"));
        for (Map.Entry<String, String> e : rename.entrySet()) {
            schema = schema.replace("\"" + e.getKey() + "\"", "\"" + e.getValue() + "\"");
        }
        Files.writeString(dir.resolve("schema.json"), schema);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("labels", "seeds.jsonl"))) {
            ObjectNode r = (ObjectNode) Json.MAPPER.readTree(line);
            r.put("stance", rename.getOrDefault(r.get("stance").asText(), r.get("stance").asText()));
            lines.add(Json.line(r));
        }
        Files.write(dir.resolve("seeds.jsonl"), lines);

        LabelSet original = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow();
        LabelSet renamed = LabelSet.load(List.of(dir.resolve("seeds.jsonl")), null).orThrow();
        assertEquals(List.of("pro", "con"), renamed.schema().polarStances());
        EvaluationResult a = new Evaluation(original, PipelineConfig.defaults(), 42, false, m -> { })
                .run(Protocol.parse("kfold:2"), List.of(), tmp.resolve("original-report"));
        EvaluationResult b = new Evaluation(renamed, PipelineConfig.defaults(), 42, false, m -> { })
                .run(Protocol.parse("kfold:2"), List.of(), tmp.resolve("renamed-report"));
        double fAvg = a.tasks().get("stance").fAvg();
        assertFalse(Double.isNaN(fAvg));
        assertEquals(fAvg, b.tasks().get("stance").fAvg(), 1e-12);
        // F_avg is the mean F1 of the two polar classes of the report's own per-class table
        JsonNode perClass = Json.MAPPER.readTree(tmp.resolve("renamed-report").resolve("metrics.json").toFile())
                .get("tasks").get("stance").get("per_class");
        double pro = perClass.get("pro").get("f1").asDouble();
        double con = perClass.get("con").get("f1").asDouble();
        assertEquals((pro + con) / 2, fAvg, 1e-5);
        String md = Files.readString(tmp.resolve("renamed-report").resolve("report.md"));
        assertTrue(md.contains("F_avg (mean F1 of pro and con, the SemEval-2016 measure): "), md);
        assertTrue(Files.readString(tmp.resolve("original-report").resolve("report.md"))
                .contains("F_avg (mean F1 of favor and against, the SemEval-2016 measure): "));
    }

    /**
     * F_avg averages exactly the classes the schema names, in whatever order, and is n/a for a
     * schema that names none: against and neutral give the mean of their own F1s.
     */
    @Test
    void fAvgAveragesTheNamedClassesAndIsNotComputedWithoutThem() throws Exception {
        ObjectNode schema = (ObjectNode) Json.MAPPER.readTree(Path.of("labels", "schema.json").toFile());
        assertEquals("[\"favor\",\"against\"]", schema.get("polar_stances").toString(), "the repository's schema names its polar stances");
        schema.putArray("polar_stances").add("neutral").add("against");
        EvaluationResult other = evaluate("other-polar", Json.MAPPER.writeValueAsString(schema));
        Map<String, org.arstance.evaluation.ClassMetrics> perClass = other.tasks().get("stance").metrics().perClass();
        assertEquals((perClass.get("against").f1() + perClass.get("neutral").f1()) / 2, other.tasks().get("stance").fAvg(), 1e-12);
        assertFalse(Math.abs(other.tasks().get("stance").fAvg()
                - (perClass.get("favor").f1() + perClass.get("against").f1()) / 2) < 1e-9, "not the first two stances");
        schema.remove("polar_stances");
        EvaluationResult none = evaluate("no-polar", Json.MAPPER.writeValueAsString(schema));
        assertTrue(Double.isNaN(none.tasks().get("stance").fAvg()));
    }

    private static EvaluationResult evaluate(String name, String schema) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("schema.json"), schema);
        Files.copy(Path.of("labels", "seeds.jsonl"), dir.resolve("seeds.jsonl"));
        LabelSet labels = LabelSet.load(List.of(dir.resolve("seeds.jsonl")), null).orThrow();
        return new Evaluation(labels, PipelineConfig.defaults(), 42, false, m -> { })
                .run(Protocol.parse("kfold:2"), List.of(), tmp.resolve(name + "-report"));
    }
}

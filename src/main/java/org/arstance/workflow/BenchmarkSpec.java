package org.arstance.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.arstance.corpus.BenchmarkSchema;
import org.arstance.io.Json;
import org.arstance.io.UserInputException;
import org.arstance.models.CandidateConfig;
import org.arstance.models.ModelConfig;
import org.arstance.models.PipelineConfig;
import org.arstance.report.BenchmarkReport.Quoted;

/**
 * A public-benchmark run declared in a config file under {@code experiments/benchmarks/}: a JSON
 * object with one key, {@code benchmark}.
 *
 * <pre>
 * {"benchmark": {"name": "…", "description": "…", "schema": "experiments/benchmarks/X.schema.json", "seed": 42,
 *   "selection": {"kind": "kfold", "folds": 5} | {"kind": "split", "split": "dev"},
 *   "final_training": ["train"],
 *   "candidates": [{"name": "…", "settings": {"analysis": {…}, "features": {…}}, "models": [{…model…}],
 *                   "per_group": false, "group_indicator": false, "nb": false, "nb_alpha": 1.0, "pair_difference": false,
 *                   "stack_auxiliary": false | true | ["sentiment"]}],
 *   "peer": {"script": "experiments/peers/sklearn_benchmark.py", …settings passed to the script…},
 *   "published": [{"system": "…", "metric": "…", "value": 0.0, "source": "…"}],
 *   "references": [{"system": "…", "metric": "…", "value": 0.0, "source": "…", "compare": true}],
 *   "targets": [{"system": "…", "metric": "…", "value": 0.0, "source": "…"}]}}
 * </pre>
 *
 * <p>{@code stack_auxiliary}: {@code true} stacks every auxiliary label column the schema declares
 * ({@code columns.auxiliary}), a list stacks those named (each must be declared there).
 */
public record BenchmarkSpec(Path file, String name, String description, Path schema, long seed, String selectionKind,
                            int folds, String selectionSplit, List<String> finalTraining, List<CandidateConfig> candidates,
                            JsonNode peer, List<Quoted> published, List<Quoted> references, List<Quoted> targets) {

    public static final String KEY = "benchmark";
    private static final Set<String> KEYS = Set.of("name", "description", "schema", "seed", "selection", "final_training",
            "candidates", "peer", "published", "references", "targets");
    private static final Set<String> CANDIDATE_KEYS = Set.of("name", "settings", "models", "per_group", "group_indicator",
            "nb", "nb_alpha", "pair_difference", "stack_auxiliary");

    /** True when {@code file} is a JSON object with a top-level {@code benchmark} key. */
    public static boolean isBenchmark(Path file) {
        try {
            JsonNode root = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            return root != null && root.isObject() && root.has(KEY);
        } catch (IOException e) {
            return false; // the experiment loader reports the problem
        }
    }

    public static BenchmarkSpec load(Path file) {
        JsonNode root = Json.readObject(file, "a benchmark config");
        JsonNode b = root.path(KEY);
        if (!b.isObject() || root.size() != 1) {
            throw new UserInputException(file + ": a benchmark config is an object with the single key '" + KEY + "'");
        }
        for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new UserInputException(file + ": unknown key 'benchmark." + k + "'");
            }
        }
        String name = b.path("name").asText("");
        if (!name.matches(ExperimentSpec.FOLDER_NAME)) {
            throw new UserInputException(file + ": benchmark.name '" + name + "' must be letters, digits, '.', '_' or '-', "
                    + "with a letter or digit");
        }
        if (!b.hasNonNull("schema")) {
            throw new UserInputException(file + ": benchmark.schema must name the benchmark's schema file");
        }
        JsonNode sel = b.path("selection");
        String kind = sel.path("kind").asText("kfold");
        if (!kind.equals("kfold") && !kind.equals("split")) {
            throw new UserInputException(file + ": selection.kind must be 'kfold' (inside the training split) or 'split' (a dev split)");
        }
        if (kind.equals("split") && !sel.hasNonNull("split")) {
            throw new UserInputException(file + ": selection.split must name the dev split");
        }
        if (kind.equals("split") && sel.get("split").asText().equals("test")) {
            throw new UserInputException(file + ": selection.split must not be the test split: a model is chosen on training data only");
        }
        List<String> finalTraining = new ArrayList<>();
        b.path("final_training").forEach(n -> finalTraining.add(n.asText()));
        if (finalTraining.isEmpty()) {
            finalTraining.add("train");
        }
        if (finalTraining.contains("test")) {
            throw new UserInputException(file + ": final_training must not include the test split");
        }
        Path schema = Path.of(b.get("schema").asText());
        boolean stacks = false;
        for (JsonNode c : b.path("candidates")) {
            stacks |= c.has("stack_auxiliary");
        }
        List<String> auxiliary = stacks ? BenchmarkSchema.load(schema).auxiliaryColumns() : List.of();
        List<CandidateConfig> candidates = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode c : b.path("candidates")) {
            CandidateConfig cc = candidate(file, c, schema, auxiliary);
            if (!names.add(cc.name())) {
                throw new UserInputException(file + ": candidate '" + cc.name() + "' is declared twice");
            }
            candidates.add(cc);
        }
        if (candidates.isEmpty()) {
            throw new UserInputException(file + ": benchmark.candidates must list at least one candidate");
        }
        return new BenchmarkSpec(file, name, b.path("description").asText(""), schema,
                b.path("seed").asLong(42), kind, sel.path("folds").asInt(5), sel.path("split").asText(null),
                List.copyOf(finalTraining), List.copyOf(candidates), b.path("peer"), quoted(file, b.path("published")),
                quoted(file, b.path("references")), quoted(file, b.path("targets")));
    }

    private static CandidateConfig candidate(Path file, JsonNode c, Path schema, List<String> auxiliary) {
        String name = c.path("name").asText("");
        if (!name.matches("[A-Za-z0-9._+-]+")) {
            throw new UserInputException(file + ": every candidate needs a 'name' of letters, digits, '.', '_', '+' or '-'");
        }
        for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!CANDIDATE_KEYS.contains(k)) {
                throw new UserInputException(file + ": candidate '" + name + "': unknown key '" + k + "'");
            }
        }
        String where = file + ": candidate '" + name + "'";
        ObjectNode settings = Json.MAPPER.createObjectNode();
        if (c.path("settings").isObject()) {
            c.get("settings").fields().forEachRemaining(e -> {
                if (!e.getKey().equals("analysis") && !e.getKey().equals("features")) {
                    throw new UserInputException(where + ": settings may hold 'analysis' and 'features' only");
                }
                settings.set(e.getKey(), e.getValue());
            });
        }
        PipelineConfig base = PipelineConfig.defaults().with(settings, where);
        List<ModelConfig> models = new ArrayList<>();
        for (JsonNode m : c.path("models")) {
            ObjectNode o = Json.MAPPER.createObjectNode();
            o.set("model", m);
            models.add(base.with(o, where).model());
        }
        if (models.isEmpty()) {
            throw new UserInputException(where + ": 'models' must list at least one model");
        }
        double alpha = c.path("nb_alpha").asDouble(1.0);
        if (!(alpha > 0)) {
            throw new UserInputException(where + ": nb_alpha must be positive");
        }
        return new CandidateConfig(name, base.analysis(), base.features(), models, c.path("per_group").asBoolean(false),
                c.path("group_indicator").asBoolean(false), c.path("nb").asBoolean(false), alpha,
                c.path("pair_difference").asBoolean(false), stackAuxiliary(c.path("stack_auxiliary"), where, schema, auxiliary));
    }

    /** The auxiliary columns a candidate stacks: none, all the schema declares ({@code true}), or those listed. */
    private static List<String> stackAuxiliary(JsonNode v, String where, Path schema, List<String> declared) {
        if (v.isMissingNode() || v.isNull() || (v.isBoolean() && !v.asBoolean())) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        if (v.isBoolean()) {
            columns.addAll(declared);
        } else if (v.isArray()) {
            for (JsonNode n : v) {
                if (!n.isTextual() || columns.contains(n.asText())) {
                    throw new UserInputException(where + ": stack_auxiliary must list column names, each once");
                }
                columns.add(n.asText());
            }
        } else {
            throw new UserInputException(where + ": stack_auxiliary must be true, false or a list of auxiliary columns");
        }
        if (columns.isEmpty()) {
            throw new UserInputException(where + ": stack_auxiliary: " + schema + " declares no auxiliary label columns (columns.auxiliary)");
        }
        for (String column : columns) {
            if (!declared.contains(column)) {
                throw new UserInputException(where + ": stack_auxiliary: '" + column + "' is not an auxiliary label column of "
                        + schema + " (declared: " + String.join(", ", declared) + ")");
            }
        }
        return List.copyOf(columns);
    }

    private static List<Quoted> quoted(Path file, JsonNode list) {
        List<Quoted> out = new ArrayList<>();
        for (JsonNode q : list) {
            if (!q.hasNonNull("source") || q.get("source").asText().isBlank() || !q.path("value").isNumber()) {
                throw new UserInputException(file + ": every published or reference number needs a numeric 'value' and a 'source'");
            }
            out.add(new Quoted(q.path("system").asText(""), q.path("metric").asText(""), q.get("value").asDouble(),
                    q.get("source").asText(), q.path("compare").asBoolean(false)));
        }
        return List.copyOf(out);
    }
}

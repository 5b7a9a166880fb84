package org.arstance.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.arstance.corpus.BenchmarkSchema;
import org.arstance.io.Json;
import org.arstance.io.JsonFields;
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
 *   "references": [{"system": "…", "metric": "…", "value": 0.0, "source": "…", "compare": true, "same_split": true}],
 *   "targets": [{"system": "…", "metric": "…", "value": 0.0, "source": "…"}],
 *   "disclosure": "…"}}
 * </pre>
 *
 * <p>{@code compare}: the quoted number is in the units of the primary metric, so the report
 * gives a verdict on it; {@code same_split} (default true): it was measured on this benchmark's
 * test split. A compared number from another split ({@code "same_split": false}) is reported as
 * not comparable on the same split, with no above or below.
 *
 * <p>{@code disclosure}: what a run cannot know about itself, printed verbatim under its own
 * heading in the report: how often the test split has been scored before, and what changed
 * (grid, split, selection) after a test score was seen. Optional; a report without one says that
 * none was given.
 *
 * <p>{@code stack_auxiliary}: {@code true} stacks every auxiliary label column the schema declares
 * ({@code columns.auxiliary}), a list stacks those named (each must be declared there).
 */
public record BenchmarkSpec(Path file, String name, String description, Path schema, long seed, String selectionKind,
                            int folds, String selectionSplit, List<String> finalTraining, List<CandidateConfig> candidates,
                            JsonNode peer, List<Quoted> published, List<Quoted> references, List<Quoted> targets,
                            String disclosure) {

    public static final String KEY = "benchmark";
    private static final List<String> KEYS = List.of("name", "description", "schema", "seed", "selection", "final_training",
            "candidates", "peer", "published", "references", "targets", "disclosure");
    private static final List<String> CANDIDATE_KEYS = List.of("name", "settings", "models", "per_group", "group_indicator",
            "nb", "nb_alpha", "pair_difference", "stack_auxiliary");

    /** True when {@code file} is a JSON object with a top-level {@code benchmark} key. */
    public static boolean isBenchmark(Path file) {
        try {
            JsonNode root = Json.MAPPER.readTree(Json.withoutBom(Files.readString(file, StandardCharsets.UTF_8)));
            return root != null && root.isObject() && root.has(KEY);
        } catch (IOException e) {
            return false; // the experiment loader reports the problem
        }
    }

    /** Reads and checks {@code file}: every object's keys and every value's type, named by its path in the file. */
    public static BenchmarkSpec load(Path file) {
        JsonFields root = JsonFields.read(file, "a benchmark config");
        if (!root.raw(KEY).isObject() || root.keys().size() != 1) {
            throw root.problem("a benchmark config is an object with the single key '" + KEY + "'");
        }
        JsonFields b = root.object(KEY).allow(KEYS);
        String name = b.string("name", "");
        if (!name.matches(ExperimentSpec.FOLDER_NAME)) {
            throw b.error("name", "is '" + name + "': it must be letters, digits, '.', '_' or '-', with a letter or digit");
        }
        if (!b.has("schema")) {
            throw b.error("schema", "must name the benchmark's schema file");
        }
        JsonFields sel = b.object("selection").allow("kind", "folds", "split");
        String kind = sel.string("kind", "kfold");
        if (!kind.equals("kfold") && !kind.equals("split")) {
            throw sel.error("kind", "must be 'kfold' (inside the training split) or 'split' (a dev split)");
        }
        int folds = sel.intValue("folds", 5);
        if (folds < 2) {
            throw sel.error("folds", "must be at least 2, not " + folds);
        }
        String split = sel.string("split", null);
        if (kind.equals("split") && split == null) {
            throw sel.error("split", "must name the dev split");
        }
        if (kind.equals("split") && split.equals("test")) {
            throw sel.error("split", "must not be the test split: a model is chosen on training data only");
        }
        List<String> finalTraining = new ArrayList<>(b.strings("final_training"));
        if (finalTraining.isEmpty()) {
            finalTraining.add("train");
        }
        if (finalTraining.contains("test")) {
            throw b.error("final_training", "must not include the test split");
        }
        Path schema = Path.of(b.string("schema", null));
        List<JsonFields> declared = b.objects("candidates");
        boolean stacks = declared.stream().anyMatch(c -> c.has("stack_auxiliary"));
        List<String> auxiliary = stacks ? BenchmarkSchema.load(schema).auxiliaryColumns() : List.of();
        List<CandidateConfig> candidates = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonFields c : declared) {
            CandidateConfig cc = candidate(c.allow(CANDIDATE_KEYS), schema, auxiliary);
            if (!names.add(cc.name())) {
                throw c.error("name", "is '" + cc.name() + "': candidate '" + cc.name() + "' is declared twice");
            }
            candidates.add(cc);
        }
        if (candidates.isEmpty()) {
            throw b.error("candidates", "must list at least one candidate");
        }
        // settings the peer script reads itself (experiments/peers/sklearn_benchmark.py): their values are its to check
        b.object("peer").allow("script", "name", "vectorizer", "classifier", "classifier_params", "pair_join").string("script", null);
        return new BenchmarkSpec(file, name, b.string("description", ""), schema, b.longValue("seed", 42), kind, folds, split,
                List.copyOf(finalTraining), List.copyOf(candidates), b.raw("peer"), quoted(b, "published"),
                quoted(b, "references"), quoted(b, "targets"), b.string("disclosure", ""));
    }

    private static CandidateConfig candidate(JsonFields c, Path schema, List<String> auxiliary) {
        String name = c.string("name", "");
        if (!name.matches("[A-Za-z0-9._+-]+")) {
            throw c.error("name", "is '" + name + "': every candidate needs a name of letters, digits, '.', '_', '+' or '-'");
        }
        PipelineConfig base = PipelineConfig.defaults().with(c.object("settings").allow("analysis", "features"));
        List<ModelConfig> models = new ArrayList<>();
        for (JsonFields m : c.objects("models")) {
            models.add(base.withSection("model", m).model());
        }
        if (models.isEmpty()) {
            throw c.error("models", "must list at least one model");
        }
        double alpha = c.number("nb_alpha", 1.0);
        if (!(alpha > 0)) {
            throw c.error("nb_alpha", "must be positive");
        }
        return new CandidateConfig(name, base.analysis(), base.features(), models, c.bool("per_group", false),
                c.bool("group_indicator", false), c.bool("nb", false), alpha,
                c.bool("pair_difference", false), stackAuxiliary(c, schema, auxiliary));
    }

    /** The auxiliary columns a candidate stacks: none, all the schema declares ({@code true}), or those listed. */
    private static List<String> stackAuxiliary(JsonFields c, Path schema, List<String> declared) {
        JsonNode v = c.raw("stack_auxiliary");
        if (v.isMissingNode() || v.isNull() || (v.isBoolean() && !v.asBoolean())) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        if (v.isBoolean()) {
            columns.addAll(declared);
        } else if (v.isArray()) {
            for (JsonNode n : v) {
                if (!n.isTextual() || columns.contains(n.asText())) {
                    throw c.error("stack_auxiliary", "must list column names, each once");
                }
                columns.add(n.asText());
            }
        } else {
            throw c.error("stack_auxiliary", "must be true, false or a list of auxiliary columns");
        }
        if (columns.isEmpty()) {
            throw c.error("stack_auxiliary", "asks for auxiliary columns, but " + schema + " declares none (columns.auxiliary)");
        }
        for (String column : columns) {
            if (!declared.contains(column)) {
                throw c.error("stack_auxiliary", "names '" + column + "', which is not an auxiliary label column of "
                        + schema + " (declared: " + String.join(", ", declared) + ")");
            }
        }
        return List.copyOf(columns);
    }

    private static List<Quoted> quoted(JsonFields b, String key) {
        List<Quoted> out = new ArrayList<>();
        for (JsonFields q : b.objects(key)) {
            q.allow("system", "metric", "value", "source", "compare", "same_split");
            if (!q.has("source") || q.string("source", "").isBlank() || !q.has("value")) {
                throw q.problem("every published or reference number needs a numeric 'value' and a 'source'");
            }
            out.add(new Quoted(q.string("system", ""), q.string("metric", ""), q.number("value", Double.NaN),
                    q.string("source", ""), q.bool("compare", false), q.bool("same_split", true)));
        }
        return List.copyOf(out);
    }
}

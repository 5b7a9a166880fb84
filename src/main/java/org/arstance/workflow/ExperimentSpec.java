package org.arstance.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.arstance.io.InputFiles;
import org.arstance.io.Json;
import org.arstance.io.UserInputException;

/**
 * A declared experiment: what is evaluated (label files and a protocol, or a list of
 * {@code evaluations}), a seed, a base config, and a grid of analysis settings × feature settings ×
 * trainers. Every evaluation × grid cell is one run.
 *
 * <pre>
 * {"name": "seed-baseline", "description": "…", "labels": ["labels/seeds.jsonl"], "protocol": "file",
 *  "seed": 42, "learning_curve": true, "rank_by": "topic", "peers": ["sklearn"], "base": {…config…},
 *  "grid": {"analysis": [{"name": "…", "settings": {…}}], "features": [{"name": "…", "settings": {…}}],
 *           "trainers": ["logistic_regression", "linear_svm"],
 *           "variants": [{"name": "…", "settings": {…any config section…}}]}}
 *
 * "evaluations": [{"name": "outlets", "protocol": "source", "labels": ["labels/seeds.jsonl", "labels/ant"]},
 *                 {"name": "seed-files", "protocol": "file", "labels": ["labels/seeds.jsonl"], "train_only": ["labels/ant"]}]
 * </pre>
 */
public record ExperimentSpec(String name, String description, List<EvaluationSpec> evaluations, Path schema,
                             long seed, boolean learningCurve, String rankBy, List<String> peers, JsonNode base,
                             List<Variant> analysis, List<Variant> features, List<String> trainers, List<Variant> variants) {

    /**
     * What is evaluated and how: label files split by a protocol, and label files added to every
     * training side and never tested. Evaluations with the same protocol and labels share a
     * leaderboard (their held-out paragraphs are the same).
     */
    public record EvaluationSpec(String name, String protocol, List<Path> labels, List<Path> trainOnly) {
    }

    /** A named set of settings of one grid dimension. */
    public record Variant(String name, JsonNode settings) {
    }

    /** A name that becomes a folder's (OUT/NAME): letters, digits, '.', '_', '-', at least one letter or digit (never "." or ".."). */
    static final String FOLDER_NAME = "(?=.*[A-Za-z0-9])[A-Za-z0-9._-]+";
    /** A part of a run's folder name (runs/RUN): as {@link #FOLDER_NAME}, and '+'. */
    static final String RUN_NAME_PART = "(?=.*[A-Za-z0-9])[A-Za-z0-9._+-]+";

    private static final Set<String> KEYS = Set.of("name", "description", "labels", "schema", "protocol", "seed",
            "learning_curve", "rank_by", "peers", "base", "grid", "evaluations");

    public static ExperimentSpec load(Path file) {
        JsonNode root = Json.readObject(file, "an experiment");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new UserInputException(file + ": unknown key '" + key + "'");
            }
        }
        String name = root.path("name").asText(InputFiles.baseName(file));
        if (!name.matches(FOLDER_NAME)) {
            throw new UserInputException(file + ": name '" + name + "' must be letters, digits, '.', '_' or '-', with a letter or digit");
        }
        List<EvaluationSpec> evaluations = new ArrayList<>();
        if (root.has("evaluations")) {
            for (JsonNode e : root.get("evaluations")) {
                evaluations.add(evaluation(file, e, e.path("name").asText("")));
            }
        } else {
            evaluations.add(evaluation(file, root, ""));
        }
        JsonNode grid = root.path("grid");
        List<String> trainers = new ArrayList<>();
        grid.path("trainers").forEach(t -> trainers.add(t.asText()));
        String rankBy = root.path("rank_by").asText("topic");
        if (!rankBy.equals("topic") && !rankBy.equals("stance")) {
            throw new UserInputException(file + ": rank_by must be 'topic' or 'stance'");
        }
        List<String> peers = new ArrayList<>();
        root.path("peers").forEach(p -> peers.add(p.asText()));
        for (String p : peers) {
            if (!p.equals("sklearn")) {
                throw new UserInputException(file + ": unknown peer '" + p + "' (known: sklearn)");
            }
        }
        JsonNode base = root.path("base");
        return new ExperimentSpec(name, root.path("description").asText(""), evaluations,
                root.hasNonNull("schema") ? Path.of(root.get("schema").asText()) : null, root.path("seed").asLong(42),
                root.path("learning_curve").asBoolean(true), rankBy, peers,
                base.isObject() ? base : Json.MAPPER.createObjectNode(),
                variants(file, grid.path("analysis")), variants(file, grid.path("features")), trainers,
                variants(file, grid.path("variants")));
    }

    private static EvaluationSpec evaluation(Path file, JsonNode node, String name) {
        List<Path> labels = paths(node.path("labels"));
        if (labels.isEmpty()) {
            throw new UserInputException(file + ": 'labels' must list one or more label files or folders"
                    + (name.isEmpty() ? "" : " (evaluation '" + name + "')"));
        }
        if (!name.isEmpty() && !name.matches(RUN_NAME_PART)) {
            throw new UserInputException(file + ": evaluation name '" + name + "' must be letters, digits, '.', '_', '+' or '-', "
                    + "with a letter or digit");
        }
        return new EvaluationSpec(name, node.path("protocol").asText("kfold:5"), labels, paths(node.path("train_only")));
    }

    private static List<Path> paths(JsonNode list) {
        List<Path> out = new ArrayList<>();
        list.forEach(l -> out.add(Path.of(l.asText())));
        return out;
    }

    private static List<Variant> variants(Path file, JsonNode list) {
        List<Variant> out = new ArrayList<>();
        if (list.isMissingNode() || list.isEmpty()) {
            out.add(new Variant("default", Json.MAPPER.createObjectNode()));
            return out;
        }
        for (JsonNode v : list) {
            if (!v.hasNonNull("name") || !v.get("name").asText().matches(RUN_NAME_PART)) {
                throw new UserInputException(file + ": every grid variant needs a 'name' of letters, digits, '.', '_', '+' or '-', "
                        + "with a letter or digit");
            }
            JsonNode settings = v.path("settings");
            out.add(new Variant(v.get("name").asText(), settings.isObject() ? settings : Json.MAPPER.createObjectNode()));
        }
        return out;
    }

    /** The settings of one grid cell as a config-override tree ({@code variant} holds whole-config overrides). */
    static ObjectNode cell(Variant analysis, Variant features, String trainer, Variant variant) {
        ObjectNode o = variant.settings().deepCopy();
        o.set("analysis", merge(o.path("analysis"), analysis.settings()));
        o.set("features", merge(o.path("features"), features.settings()));
        if (trainer != null) {
            ObjectNode model = o.path("model").isObject() ? (ObjectNode) o.get("model") : Json.MAPPER.createObjectNode();
            o.set("model", model.put("trainer", trainer));
        }
        return o;
    }

    private static ObjectNode merge(JsonNode base, JsonNode over) {
        ObjectNode out = base.isObject() ? ((ObjectNode) base).deepCopy() : Json.MAPPER.createObjectNode();
        over.fields().forEachRemaining(e -> out.set(e.getKey(), e.getValue()));
        return out;
    }
}

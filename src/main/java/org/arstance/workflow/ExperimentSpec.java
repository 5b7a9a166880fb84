package org.arstance.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.arstance.evaluation.Protocol;
import org.arstance.io.InputFiles;
import org.arstance.io.Json;
import org.arstance.io.JsonFields;
import org.arstance.io.UserInputException;
import org.arstance.models.PipelineConfig;
import org.arstance.models.TrainerKind;

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
                             long seed, boolean learningCurve, String rankBy, List<String> peers, PipelineConfig base,
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

    private static final List<String> KEYS = List.of("name", "description", "labels", "schema", "protocol", "seed",
            "learning_curve", "rank_by", "peers", "base", "grid", "evaluations");

    /**
     * Reads and checks {@code file}: every object's keys and every value's type, each protocol, and
     * each grid setting against the config it overrides, so that a mistake is named by its path
     * before anything runs.
     */
    public static ExperimentSpec load(Path file) {
        JsonFields root = JsonFields.read(file, "an experiment").allow(KEYS);
        String name = root.string("name", InputFiles.baseName(file));
        if (!name.matches(FOLDER_NAME)) {
            throw root.error("name", "is '" + name + "': it must be letters, digits, '.', '_' or '-', with a letter or digit");
        }
        List<EvaluationSpec> evaluations = new ArrayList<>();
        if (root.has("evaluations")) {
            for (String k : List.of("labels", "protocol")) {
                if (root.has(k)) {
                    throw root.error(k, "goes inside each of 'evaluations' when they are given");
                }
            }
            for (JsonFields e : root.objects("evaluations")) {
                evaluations.add(evaluation(e.allow("name", "protocol", "labels", "train_only"), e.string("name", "")));
            }
            if (evaluations.isEmpty()) {
                throw root.error("evaluations", "must list at least one evaluation");
            }
        } else {
            evaluations.add(evaluation(root, ""));
        }
        String rankBy = root.string("rank_by", "topic");
        if (!rankBy.equals("topic") && !rankBy.equals("stance")) {
            throw root.error("rank_by", "must be 'topic' or 'stance', not '" + rankBy + "'");
        }
        List<String> peers = root.strings("peers");
        for (int i = 0; i < peers.size(); i++) {
            if (!peers.get(i).equals("sklearn")) {
                throw root.errorAt(root.where("peers") + "[" + i + "]", "is '" + peers.get(i) + "', an unknown peer (known: sklearn)");
            }
        }
        PipelineConfig config = PipelineConfig.defaults().with(root.object("base"));
        JsonFields grid = root.object("grid").allow("analysis", "features", "trainers", "variants");
        List<String> trainers = grid.strings("trainers");
        for (int i = 0; i < trainers.size(); i++) {
            try {
                TrainerKind.fromId(trainers.get(i));
            } catch (IllegalArgumentException e) {
                throw grid.errorAt(grid.where("trainers") + "[" + i + "]", ": " + e.getMessage());
            }
        }
        return new ExperimentSpec(name, root.string("description", ""), evaluations,
                root.has("schema") ? Path.of(root.string("schema", null)) : null, root.longValue("seed", 42),
                root.bool("learning_curve", true), rankBy, peers, config,
                variants(grid, "analysis", settings -> config.withSection("analysis", settings)),
                variants(grid, "features", settings -> config.withSection("features", settings)), trainers,
                variants(grid, "variants", config::with));
    }

    private static EvaluationSpec evaluation(JsonFields node, String name) {
        List<Path> labels = paths(node.strings("labels"));
        if (labels.isEmpty()) {
            throw node.error("labels", "must list one or more label files or folders");
        }
        if (!name.isEmpty() && !name.matches(RUN_NAME_PART)) {
            throw node.error("name", "must be letters, digits, '.', '_', '+' or '-', with a letter or digit, not '" + name + "'");
        }
        String protocol = node.string("protocol", Protocol.DEFAULT);
        try {
            Protocol.parse(protocol);
        } catch (UserInputException e) {
            throw node.error("protocol", ": " + e.getMessage());
        }
        return new EvaluationSpec(name, protocol, labels, paths(node.strings("train_only")));
    }

    private static List<Path> paths(List<String> list) {
        return list.stream().map(Path::of).toList();
    }

    /** The named settings of one grid dimension, each checked by {@code check}. */
    private static List<Variant> variants(JsonFields grid, String key, Consumer<JsonFields> check) {
        List<Variant> out = new ArrayList<>();
        for (JsonFields v : grid.objects(key)) {
            v.allow("name", "settings");
            String name = v.string("name", "");
            if (!name.matches(RUN_NAME_PART)) {
                throw v.error("name", "must be letters, digits, '.', '_', '+' or '-', with a letter or digit, not '" + name + "'");
            }
            check.accept(v.object("settings"));
            out.add(new Variant(name, v.raw("settings").isObject() ? v.raw("settings") : Json.MAPPER.createObjectNode()));
        }
        if (out.isEmpty()) {
            out.add(new Variant("default", Json.MAPPER.createObjectNode()));
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

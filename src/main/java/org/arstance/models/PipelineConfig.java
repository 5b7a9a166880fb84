package org.arstance.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.arstance.attribution.AttributionConfig;
import org.arstance.features.FeatureConfig;
import org.arstance.io.InputFiles;
import org.arstance.io.Json;
import org.arstance.io.UserInputException;
import org.arstance.text.AnalysisConfig;

/**
 * Everything that decides a trained model besides the data and the seed: analysis steps,
 * feature settings and the model family. A config file needs to give only what differs from
 * the defaults ({@code default-config.json}); unknown keys are refused.
 */
public record PipelineConfig(
        @JsonProperty("analysis") AnalysisConfig analysis,
        @JsonProperty("features") FeatureConfig features,
        @JsonProperty("model") ModelConfig model,
        @JsonProperty("attribution") AttributionConfig attribution) {

    private static final String DEFAULTS = "default-config.json";
    private static final ObjectMapper STRICT = Json.MAPPER.copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true);

    public static PipelineConfig defaults() {
        return fromTree("default config", defaultTree());
    }

    /** The defaults overridden by the settings in {@code file}. */
    public static PipelineConfig load(Path file) {
        return parse(file.toString(), InputFiles.readString(file, "a config"));
    }

    /** The defaults overridden by the settings in the JSON {@code text}; {@code name} names it in errors. */
    public static PipelineConfig parse(String name, String text) {
        ObjectNode user = Json.object(name, text, "a config");
        ObjectNode merged = defaultTree();
        merge(merged, user, name, "");
        return fromTree(name, merged);
    }

    /** Overrides from a JSON object tree (used by experiment grids). */
    public PipelineConfig with(JsonNode overrides, String name) {
        ObjectNode merged = (ObjectNode) toTree();
        merge(merged, (ObjectNode) overrides, name, "");
        return fromTree(name, merged);
    }

    public JsonNode toTree() {
        return Json.MAPPER.valueToTree(this);
    }

    /** The config as one canonical JSON line (part of a model's provenance). */
    public String toJson() {
        return Json.line(this);
    }

    private static void merge(ObjectNode base, ObjectNode over, String name, String path) {
        Iterator<Map.Entry<String, JsonNode>> it = over.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = path + e.getKey();
            JsonNode current = base.get(e.getKey());
            if (current == null) {
                throw new UserInputException(name + ": unknown setting '" + key + "'");
            }
            if (current.isObject()) {
                if (!e.getValue().isObject()) {
                    throw new UserInputException(name + ": setting '" + key + "' must be an object");
                }
                merge((ObjectNode) current, (ObjectNode) e.getValue(), name, key + ".");
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    private static PipelineConfig fromTree(String name, JsonNode tree) {
        try {
            return STRICT.treeToValue(tree, PipelineConfig.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            String msg = cause == e ? e.getOriginalMessage() : cause.getMessage();
            throw new UserInputException(name + ": invalid config: " + msg);
        }
    }

    private static ObjectNode defaultTree() {
        try (InputStream in = PipelineConfig.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS);
            }
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

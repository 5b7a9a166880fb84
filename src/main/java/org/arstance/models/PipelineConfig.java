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
import java.util.ArrayList;
import java.util.List;
import org.arstance.attribution.AttributionConfig;
import org.arstance.features.FeatureConfig;
import org.arstance.io.Json;
import org.arstance.io.JsonFields;
import org.arstance.text.AnalysisConfig;

/**
 * Everything that decides a trained model besides the data and the seed: analysis steps,
 * feature settings and the model family. A config file needs to give only what differs from
 * the defaults ({@code default-config.json}); unknown keys, and values of another JSON type than
 * the default's, are refused.
 */
public record PipelineConfig(
        @JsonProperty("analysis") AnalysisConfig analysis,
        @JsonProperty("features") FeatureConfig features,
        @JsonProperty("model") ModelConfig model,
        @JsonProperty("topic") TopicConfig topic,
        @JsonProperty("attribution") AttributionConfig attribution) {

    private static final String DEFAULTS = "default-config.json";
    private static final ObjectMapper STRICT = Json.MAPPER.copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true);

    public PipelineConfig {
        TrainerKind.fromId(attribution.trainer()); // the learned source extractor's family must be known
    }

    public static PipelineConfig defaults() {
        ObjectNode tree = defaultTree();
        return fromTree(JsonFields.of("default config", tree), tree);
    }

    /** The defaults overridden by the settings in {@code file}. */
    public static PipelineConfig load(Path file) {
        return defaults().with(JsonFields.read(file, "a config"));
    }

    /** The defaults overridden by the settings in the JSON {@code text}; {@code name} names it in errors. */
    public static PipelineConfig parse(String name, String text) {
        return defaults().with(JsonFields.parse(name, text, "a config"));
    }

    /**
     * This config overridden by {@code overrides}, an object of settings as a config file holds
     * them (the whole file, or an object in it: an experiment's base). A key the defaults do not
     * have, or a value of another JSON type than the default's, is refused by its path in the file.
     */
    public PipelineConfig with(JsonFields overrides) {
        ObjectNode merged = (ObjectNode) toTree();
        merge(merged, overrides);
        return fromTree(overrides, merged);
    }

    /**
     * This config with the settings of one of its sections ({@code analysis}, {@code features},
     * {@code model}, {@code topic}, {@code attribution}) overridden by {@code settings}; refused as {@link #with}
     * refuses.
     */
    public PipelineConfig withSection(String section, JsonFields settings) {
        ObjectNode merged = (ObjectNode) toTree();
        merge((ObjectNode) merged.get(section), settings);
        return fromTree(settings, merged);
    }

    public JsonNode toTree() {
        return Json.MAPPER.valueToTree(this);
    }

    /** The config as one canonical JSON line (part of a model's provenance). */
    public String toJson() {
        return Json.line(this);
    }

    /** Sets each setting of {@code over} in {@code base}, which holds every setting there is (the defaults' tree). */
    private static void merge(ObjectNode base, JsonFields over) {
        List<String> known = new ArrayList<>();
        base.fieldNames().forEachRemaining(known::add);
        over.allow(known);
        for (String key : over.keys()) {
            JsonNode current = base.get(key);
            if (current.isObject()) {
                merge((ObjectNode) current, over.object(key));
            } else {
                base.set(key, over.like(key, current));
            }
        }
    }

    /** The config {@code tree} describes; a value its records refuse is named by {@code settings}' file, line and path. */
    private static PipelineConfig fromTree(JsonFields settings, JsonNode tree) {
        try {
            return STRICT.treeToValue(tree, PipelineConfig.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            String msg = cause == e ? e.getOriginalMessage() : cause.getMessage();
            throw settings.problem("invalid config" + (settings.path().isEmpty() ? "" : " at '" + settings.path() + "'") + ": " + msg);
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

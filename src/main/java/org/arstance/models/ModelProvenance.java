package org.arstance.models;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * Where a model file came from: the label data (hash and files), the schema, the config, the
 * seed and the versions of the code that trained it. No wall-clock time: the same inputs give
 * the same file.
 */
@JsonPropertyOrder({"format", "format_version", "data_hash", "label_files", "paragraphs", "schema_sha256",
    "seed", "config", "versions", "topic_classifier", "stance_classifier", "source_classifier"})
public record ModelProvenance(
        @JsonProperty("format") String format,
        @JsonProperty("format_version") int formatVersion,
        @JsonProperty("data_hash") String dataHash,
        @JsonProperty("label_files") List<String> labelFiles,
        @JsonProperty("paragraphs") int paragraphs,
        @JsonProperty("schema_sha256") String schemaSha256,
        @JsonProperty("seed") long seed,
        @JsonProperty("config") PipelineConfig config,
        @JsonProperty("versions") Map<String, String> versions,
        @JsonProperty("topic_classifier") String topicClassifier,
        @JsonProperty("stance_classifier") String stanceClassifier,
        @JsonProperty("source_classifier") String sourceClassifier) {
}

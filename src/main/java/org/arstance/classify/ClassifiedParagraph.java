package org.arstance.classify;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.arstance.attribution.SourceEvidence;
import org.arstance.models.Evidence;

/**
 * One output record of classify: the paragraph as given, its topic, its stance and its source as
 * resolved in its article. Probabilities and feature weights are rounded to 6 decimals, so that
 * the output is the same bytes on every machine. {@code meta}: the input record's other fields, as
 * they were (absent when there were none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "doc", "n", "article", "kind", "title", "text", "topic", "topic_probability", "stance",
    "stance_probability", "source", "source_evidence", "topic_features", "stance_features", "meta"})
public record ClassifiedParagraph(
        @JsonProperty("id") String id,
        @JsonProperty("doc") String doc,
        @JsonProperty("n") Integer n,
        @JsonProperty("article") Integer article,
        @JsonProperty("kind") String kind,
        @JsonProperty("title") String title,
        @JsonProperty("text") String text,
        @JsonProperty("topic") String topic,
        @JsonProperty("topic_probability") double topicProbability,
        @JsonProperty("stance") String stance,
        @JsonProperty("stance_probability") double stanceProbability,
        @JsonProperty("source") String source,
        @JsonProperty("source_evidence") SourceEvidence sourceEvidence,
        @JsonProperty("topic_features") List<Evidence> topicFeatures,
        @JsonProperty("stance_features") List<Evidence> stanceFeatures,
        @JsonProperty("meta") ObjectNode meta) {
}

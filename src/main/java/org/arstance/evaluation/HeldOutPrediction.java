package org.arstance.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A held-out paragraph: its gold labels and what the model trained without it predicted. Its
 * story (the least article key of the articles joined as copies of one text) is the unit the
 * bootstrap resamples.
 */
@JsonPropertyOrder({"id", "fold", "story", "kind", "gold_topic", "topic", "topic_probability", "gold_stance", "stance",
    "stance_probability", "gold_source", "source", "source_by_rules", "source_by_model", "source_combined", "text"})
public record HeldOutPrediction(
        @JsonProperty("id") String id,
        @JsonProperty("fold") String fold,
        @JsonProperty("story") String story,
        @JsonProperty("kind") String kind,
        @JsonProperty("gold_topic") String goldTopic,
        @JsonProperty("topic") String topic,
        @JsonProperty("topic_probability") double topicProbability,
        @JsonProperty("gold_stance") String goldStance,
        @JsonProperty("stance") String stance,
        @JsonProperty("stance_probability") double stanceProbability,
        @JsonProperty("gold_source") String goldSource,
        @JsonProperty("source") String source,
        @JsonProperty("source_by_rules") String sourceByRules,
        @JsonProperty("source_by_model") String sourceByModel,
        @JsonProperty("source_combined") String sourceCombined,
        @JsonProperty("text") String text) {
}

package org.arstance.attribution;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Why a paragraph was attributed to its source: the cue (a verb of saying, an attribution phrase,
 * the colon of a headline) and the actor mention, with their character offsets [start, end) in
 * the paragraph's text. For a continuation the mention is in an earlier paragraph (offsets -1).
 */
@JsonPropertyOrder({"rule", "cue", "cue_start", "cue_end", "mention", "mention_start", "mention_end"})
public record SourceEvidence(
        @JsonProperty("rule") String rule,
        @JsonProperty("cue") String cue,
        @JsonProperty("cue_start") int cueStart,
        @JsonProperty("cue_end") int cueEnd,
        @JsonProperty("mention") String mention,
        @JsonProperty("mention_start") int mentionStart,
        @JsonProperty("mention_end") int mentionEnd) {
}

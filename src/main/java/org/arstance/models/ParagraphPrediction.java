package org.arstance.models;

import java.util.List;

/**
 * What the model says of one paragraph, before its source is resolved in paragraph order
 * ({@link ArstanceModel#resolveSource}).
 *
 * @param topic             the predicted topic
 * @param topicProbability  its probability
 * @param stance            the predicted stance toward the predicted topic's target ({@code none}
 *                          by rule when that topic has no target)
 * @param stanceProbability its probability (for the rule: the probability of the topic)
 * @param topicEvidence     the features that weighed most for the topic
 * @param stanceEvidence    the features that weighed most for the stance (empty under the rule)
 * @param source            the rules' and the learned extractor's source candidates
 */
public record ParagraphPrediction(String topic, double topicProbability, String stance, double stanceProbability,
                                  List<Evidence> topicEvidence, List<Evidence> stanceEvidence, SourceCandidates source) {
}

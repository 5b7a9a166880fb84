package org.arstance.models;

import java.util.List;

/**
 * What the model says of one paragraph, before its source is resolved in paragraph order
 * ({@link ArstanceModel#resolveSource}); its stance follows from the source
 * ({@link StanceScores#given}).
 *
 * @param topic             the predicted topic
 * @param topicProbability  its probability
 * @param stance            the stance classifier's scores toward the predicted topic's target (no
 *                          stance whatever the source when that topic has no target)
 * @param topicEvidence     the features that weighed most for the topic
 * @param source            the rules' and the learned extractor's source candidates
 */
public record ParagraphPrediction(String topic, double topicProbability, StanceScores stance,
                                  List<Evidence> topicEvidence, SourceCandidates source) {
}

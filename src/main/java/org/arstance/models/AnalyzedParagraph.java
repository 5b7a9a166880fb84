package org.arstance.models;

import org.arstance.features.SparseVector;

/**
 * One paragraph analyzed once, before the topic classifier reads it with its article
 * ({@link ArstanceModel#predict(AnalyzedParagraph, java.util.List)}): the costly part of a
 * prediction, done for each paragraph on its own, so that paragraphs can be analyzed side by side
 * and their counts reused as their neighbours' context.
 *
 * @param kind   the paragraph's kind
 * @param counts its raw in-vocabulary term counts
 * @param x      its feature vector (TF-IDF, or the counts for a count model)
 * @param source what the rules (and the learned extractor, when asked for) found of its source
 */
public record AnalyzedParagraph(String kind, SparseVector counts, SparseVector x, SourceCandidates source) {
}

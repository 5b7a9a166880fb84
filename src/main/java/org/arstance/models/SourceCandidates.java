package org.arstance.models;

import org.arstance.attribution.RuleResult;

/**
 * What one paragraph offers for its source before the source is resolved in paragraph order
 * ({@link ArstanceModel#resolveSource}).
 *
 * @param rules            what the attribution rules found in the paragraph alone
 * @param modelSource      the learned extractor's source (null when it was not asked for or there is none)
 */
public record SourceCandidates(RuleResult rules, String modelSource) {
}

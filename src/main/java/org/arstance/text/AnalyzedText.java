package org.arstance.text;

import java.util.List;

/**
 * A paragraph through the analysis chain once: its words after the whole chain, and its
 * normalized surface words (empty when they were not asked for).
 */
public record AnalyzedText(List<String> terms, List<String> surface) {
}

package org.arstance.corpus;

import java.util.List;

/**
 * A paragraph of a public corpus, found by its key, with every paragraph of its article (itself at
 * {@code index}), shared by the article's paragraphs, and the article's title (empty when it has none).
 */
public record CorpusParagraph(String key, String doc, int index, String outlet, String text, List<String> article,
                              String title) {
}

package org.arstance.corpus;

import java.util.List;

/** A paragraph of a public corpus, found by its key, with the paragraphs before it in its article. */
public record CorpusParagraph(String key, String doc, int index, String outlet, String text, List<String> before) {
}

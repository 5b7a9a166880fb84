package org.arstance.corpus;

/** A paragraph of a public corpus, found by its key. */
public record CorpusParagraph(String key, String doc, int index, String outlet, String text) {
}

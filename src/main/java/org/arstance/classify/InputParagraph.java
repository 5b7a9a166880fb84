package org.arstance.classify;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A paragraph to classify: from a scraped {@code .txt} file ({@code doc}, {@code n}, {@code article},
 * {@code kind} set; {@code id} null) or from a {@code .jsonl} file ({@code id}, or {@code doc},
 * {@code n} and {@code article} as segment writes them, or both; {@code title} when given).
 * Paragraphs with a {@code doc} are read in their article's context. {@code meta} holds a JSON
 * Lines record's other fields ({@code url}, {@code date}, {@code path} …), handed on to the output
 * as they are; null when there are none.
 */
public record InputParagraph(String id, String doc, Integer n, Integer article, String kind, String title, String text,
                             ObjectNode meta) {

    /** A paragraph with no other fields. */
    public InputParagraph(String id, String doc, Integer n, Integer article, String kind, String title, String text) {
        this(id, doc, n, article, kind, title, text, null);
    }
}

package org.arstance.classify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A paragraph to classify: from a scraped {@code .txt} file ({@code doc}, {@code n}, {@code article},
 * {@code kind} set; {@code id} null) or from a {@code .jsonl} file ({@code id}, or {@code doc},
 * {@code n} and {@code article} as segment writes them, or both; {@code title} when given).
 * Paragraphs with a {@code doc} are read in their article's context. {@code meta} holds a JSON
 * Lines record's other fields ({@code url}, {@code date}, {@code path} …), handed on to the output
 * as they are; null when there are none. A paragraph with a {@code doc} and no {@code article} is in
 * article 1.
 */
public record InputParagraph(String id, String doc, Integer n, Integer article, String kind, String title, String text,
                             ObjectNode meta) {

    public InputParagraph {
        if (doc != null && article == null) {
            article = 1;
        }
    }

    /** A paragraph with no other fields. */
    public InputParagraph(String id, String doc, Integer n, Integer article, String kind, String title, String text) {
        this(id, doc, n, article, kind, title, text, null);
    }

    /** The article this paragraph belongs to ({@code doc#article}), or null for a paragraph with no doc: read alone. */
    String articleKey() {
        return doc == null ? null : doc + "#" + article;
    }

    /** What no other input paragraph may be given: the id, else doc and n. */
    String key() {
        return id != null ? id : doc + "#" + n;
    }

    /** The refusal of a paragraph whose {@link #key} an earlier one had. */
    String givenTwice() {
        return (id != null ? "id '" + id + "'" : "paragraph " + n + " of doc '" + doc + "'") + " was already given to an earlier paragraph";
    }

    /** The refusal of a kind the model's schema does not list. */
    static String unknownKind(String kind, List<String> kinds) {
        return "unknown kind '" + kind + "' (known: " + String.join(", ", kinds) + ")";
    }
}

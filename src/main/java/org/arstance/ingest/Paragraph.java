package org.arstance.ingest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One kept paragraph of a scraped file.
 *
 * @param doc     the file name without its extension
 * @param n       1-based index among the file's kept paragraphs
 * @param article 1-based index of the article inside the file (teasers belong to the article they follow)
 * @param kind    headline, caption, heading, body or teaser
 * @param text    the cleaned paragraph text
 */
@JsonPropertyOrder({"doc", "n", "article", "kind", "text"})
public record Paragraph(String doc, int n, int article, ParagraphKind kind, String text) {
}

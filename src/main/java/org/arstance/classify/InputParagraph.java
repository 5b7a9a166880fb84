package org.arstance.classify;

/**
 * A paragraph to classify: from a scraped {@code .txt} file ({@code doc}, {@code n}, {@code article},
 * {@code kind} set; {@code id} null) or from a {@code .jsonl} file ({@code id}, or {@code doc},
 * {@code n} and {@code article} as segment writes them, or both; {@code title} when given).
 * Paragraphs with a {@code doc} are read in their article's context.
 */
public record InputParagraph(String id, String doc, Integer n, Integer article, String kind, String title, String text) {
}

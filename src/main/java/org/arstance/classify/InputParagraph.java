package org.arstance.classify;

/**
 * A paragraph to classify: from a scraped {@code .txt} file ({@code doc}, {@code n}, {@code article},
 * {@code kind} set; {@code id} null) or from a {@code .jsonl} file ({@code id} set, {@code title}
 * when given; {@code doc} null).
 */
public record InputParagraph(String id, String doc, Integer n, Integer article, String kind, String title, String text) {
}

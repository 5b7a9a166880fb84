package org.arstance.classify;

import java.util.List;
import java.util.function.Consumer;
import org.arstance.io.UserInputException;

/**
 * Where classify's paragraphs come from, in order: files on disk ({@link ParagraphInputs}) or
 * paragraphs a program holds in memory ({@link #of}). The paragraphs of one article come one after
 * another and share their {@code doc} and {@code article}, so that a paragraph is read in its
 * article's context.
 */
public interface ParagraphSource {

    /**
     * Hands every paragraph, in order, to {@code sink}; a paragraph whose kind is not among
     * {@code kinds} (the model's schema's) is refused.
     */
    void forEach(List<String> kinds, Consumer<InputParagraph> sink);

    /**
     * Paragraphs held in memory (from a database, a crawler, {@link org.arstance.ingest.Segmenter}):
     * each must have a text that is not blank and a kind among the model's; {@code id}, or
     * {@code doc} and {@code n}, names it in the output, as in a {@code .jsonl} input.
     */
    static ParagraphSource of(List<InputParagraph> paragraphs) {
        List<InputParagraph> copy = List.copyOf(paragraphs);
        return (kinds, sink) -> {
            for (int i = 0; i < copy.size(); i++) {
                InputParagraph p = copy.get(i);
                if (p.text() == null || p.text().isBlank()) {
                    throw new UserInputException("paragraph " + (i + 1) + " of " + copy.size() + ": empty text");
                }
                if (p.kind() == null || !kinds.contains(p.kind())) {
                    throw new UserInputException("paragraph " + (i + 1) + " of " + copy.size() + ": unknown kind '" + p.kind()
                            + "' (known: " + String.join(", ", kinds) + ")");
                }
                sink.accept(p);
            }
        };
    }
}

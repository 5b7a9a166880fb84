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
     * Paragraphs held in memory (from a database, a crawler, {@link org.arstance.ingest.Segmenter}),
     * checked as a {@code .jsonl} input's records are: each has a text that is not blank, a kind
     * among the model's, {@code id}, or {@code doc} and {@code n}, given to no other paragraph, and
     * no second title for its article ({@link InputChecks}).
     */
    static ParagraphSource of(List<InputParagraph> paragraphs) {
        List<InputParagraph> copy = List.copyOf(paragraphs);
        return (kinds, sink) -> {
            InputChecks checks = new InputChecks(new SeenIds());
            for (int i = 0; i < copy.size(); i++) {
                InputParagraph p = copy.get(i);
                String where = "paragraph " + (i + 1) + " of " + copy.size() + ": ";
                if (p.text() == null || p.text().isBlank()) {
                    throw new UserInputException(where + "empty text");
                }
                if (p.kind() == null || !kinds.contains(p.kind())) {
                    throw new UserInputException(where + InputParagraph.unknownKind(p.kind(), kinds));
                }
                if (p.id() == null && (p.doc() == null || p.n() == null)) {
                    throw new UserInputException(where + "no id (nor doc and n)");
                }
                String refusal = checks.refusal(p, "paragraph " + (i + 1));
                if (refusal != null) {
                    throw new UserInputException(where + refusal);
                }
                sink.accept(p);
            }
        };
    }
}

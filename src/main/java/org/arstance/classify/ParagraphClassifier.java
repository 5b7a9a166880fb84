package org.arstance.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.arstance.models.ArstanceModel;
import org.arstance.models.Evidence;
import org.arstance.models.ParagraphPrediction;

/**
 * Classifies a stream of paragraphs with a model and hands each record to a writer as soon as
 * it is made: memory does not grow with the number of paragraphs.
 */
public final class ParagraphClassifier {

    private static final int DIGITS = 1_000_000;

    private final ArstanceModel model;

    public ParagraphClassifier(ArstanceModel model) {
        this.model = model;
    }

    public ClassifiedParagraph classify(InputParagraph in) {
        ParagraphPrediction p = model.predict(in.text());
        return new ClassifiedParagraph(in.id(), in.doc(), in.n(), in.article(), in.kind(), in.title(), in.text(),
                p.topic(), round(p.topicProbability()), p.stance(), round(p.stanceProbability()),
                model.schema().noSource(), rounded(p.topicEvidence()), rounded(p.stanceEvidence()));
    }

    /** Classifies every input paragraph in order into {@code writer}; returns how many. */
    public long classifyAll(ParagraphInputs inputs, PredictionWriter writer) {
        long[] count = {0};
        inputs.forEach(in -> {
            try {
                writer.write(classify(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            count[0]++;
        });
        return count[0];
    }

    private static List<Evidence> rounded(List<Evidence> evidence) {
        return evidence.stream().map(e -> new Evidence(e.feature(), round(e.weight()))).toList();
    }

    private static double round(double v) {
        return Math.round(v * DIGITS) / (double) DIGITS;
    }
}

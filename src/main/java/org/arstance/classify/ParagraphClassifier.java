package org.arstance.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.arstance.attribution.Attribution;
import org.arstance.io.Parallel;
import org.arstance.models.ArstanceModel;
import org.arstance.models.Evidence;
import org.arstance.models.ParagraphPrediction;

/**
 * Classifies a stream of paragraphs with a model and hands each record to a writer as soon as
 * it is made: memory does not grow with the number of paragraphs.
 */
public final class ParagraphClassifier {

    private static final int DIGITS = 1_000_000;
    static final int BATCH_PER_THREAD = 256;

    private final ArstanceModel model;

    public ParagraphClassifier(ArstanceModel model) {
        this.model = model;
    }

    /** One paragraph on its own (no previous paragraph to continue a speaker from). */
    public ClassifiedParagraph classify(InputParagraph in) {
        return new Sequence().finish(in, predict(in));
    }

    private ParagraphPrediction predict(InputParagraph in) {
        return model.predict(in.text(), in.kind());
    }

    /**
     * Resolves sources in paragraph order: a verb with no named speaker continues the source of
     * the previous paragraph of the same article.
     */
    private final class Sequence {
        private String article;
        private String previousSource;

        ClassifiedParagraph finish(InputParagraph in, ParagraphPrediction p) {
            String key = in.doc() == null ? null : in.doc() + "#" + in.article();
            String previous = key != null && key.equals(article) ? previousSource : null;
            Attribution a = model.resolveSource(p, previous);
            article = key;
            previousSource = a.source();
            return new ClassifiedParagraph(in.id(), in.doc(), in.n(), in.article(), in.kind(), in.title(), in.text(),
                    p.topic(), round(p.topicProbability()), p.stance(), round(p.stanceProbability()), a.source(),
                    a.evidence(), rounded(p.topicEvidence()), rounded(p.stanceEvidence()));
        }
    }

    /** Classifies every input paragraph in order into {@code writer} on one thread; returns how many. */
    public long classifyAll(ParagraphInputs inputs, PredictionWriter writer) {
        return classifyAll(inputs, writer, 1);
    }

    /**
     * Classifies every input paragraph into {@code writer}, in input order, on {@code threads}
     * threads. At most {@value #BATCH_PER_THREAD} paragraphs per thread are in flight: the oldest
     * is written (in input order, its source resolved after its predecessor's) as soon as it is
     * done while the others are classified, so reading and writing overlap the work. Memory holds
     * the paragraphs in flight, and the output is the same bytes whatever the number of threads.
     */
    public long classifyAll(ParagraphInputs inputs, PredictionWriter writer, int threads) {
        Sequence sequence = new Sequence();
        if (threads <= 1) {
            long[] count = {0};
            inputs.forEach(in -> {
                write(writer, sequence.finish(in, predict(in)));
                count[0]++;
            });
            return count[0];
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "arstance-classify");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Pending> inFlight = new ArrayDeque<>();
            long[] count = {0};
            int window = BATCH_PER_THREAD * threads;
            inputs.forEach(in -> {
                inFlight.add(new Pending(in, pool.submit(() -> predict(in))));
                if (inFlight.size() >= window) {
                    writeOldest(inFlight, writer, sequence);
                    count[0]++;
                }
            });
            while (!inFlight.isEmpty()) {
                writeOldest(inFlight, writer, sequence);
                count[0]++;
            }
            return count[0];
        } finally {
            pool.shutdownNow();
        }
    }

    /** A paragraph being classified on the pool. */
    private record Pending(InputParagraph input, Future<ParagraphPrediction> prediction) {
    }

    private void writeOldest(Deque<Pending> inFlight, PredictionWriter writer, Sequence sequence) {
        Pending p = inFlight.removeFirst();
        write(writer, sequence.finish(p.input(), Parallel.await(p.prediction())));
    }

    private static void write(PredictionWriter writer, ClassifiedParagraph p) {
        try {
            writer.write(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Evidence> rounded(List<Evidence> evidence) {
        return evidence.stream().map(e -> new Evidence(e.feature(), round(e.weight()))).toList();
    }

    private static double round(double v) {
        return Math.round(v * DIGITS) / (double) DIGITS;
    }
}

package org.arstance.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.arstance.attribution.ArticleWalk;
import org.arstance.attribution.Attribution;
import org.arstance.attribution.RuleAttributor;
import org.arstance.features.SparseVector;
import org.arstance.io.Parallel;
import org.arstance.models.AnalyzedParagraph;
import org.arstance.models.ArstanceModel;
import org.arstance.models.Evidence;
import org.arstance.models.ParagraphPrediction;
import org.arstance.models.StanceScores;
import org.arstance.models.TopicContext;

/**
 * Classifies a stream of paragraphs with a model and hands each record to a writer as soon as its
 * article is complete: memory does not grow with the number of paragraphs.
 */
public final class ParagraphClassifier {

    private static final int DIGITS = 1_000_000;
    static final int BATCH_PER_THREAD = 256;
    /** The most paragraphs of one article held back before they are written. */
    static final int MAX_HELD = 4096;

    /** Progress is reported after every this many paragraphs written. */
    public static final long PROGRESS_EVERY = 10_000;

    private final ArstanceModel model;
    private final LongConsumer progress;

    public ParagraphClassifier(ArstanceModel model) {
        this(model, n -> { });
    }

    /** @param progress told the number of paragraphs written so far, every {@value #PROGRESS_EVERY} */
    public ParagraphClassifier(ArstanceModel model, LongConsumer progress) {
        this.model = model;
        this.progress = progress;
    }

    private AnalyzedParagraph analyze(InputParagraph in) {
        return model.analyze(in.text(), in.kind(), model.config().attribution().usesLearnedSource());
    }

    /**
     * Reads each paragraph's topic with its article's {@link TopicContext} (the title, else the
     * headlines, and the paragraphs right before and after it) and resolves sources article by
     * article, in paragraph order: a verb with no named speaker continues the source of the previous
     * paragraph of the same article (or names, by a name, a speaker named earlier in it), and an
     * article that an outlet's disclaimer marks as an opinion piece (often in its last paragraph)
     * gives every body paragraph but the disclaimer to the writer. So an article's paragraphs are
     * held until the next article starts (at most {@value #MAX_HELD} of them; past that the held ones
     * are written with what is known so far, the last of them without its next paragraph) and then
     * written in order. A paragraph with no article (a JSON Lines record with an {@code id} only) is
     * read alone, with its {@code title} if it has one, and written at once. Where an article's
     * paragraph numbers skip ({@code n} 4 after 2), the paragraph not given is missing from the
     * article: the paragraphs on either side of it are not each other's neighbours, and the one after
     * it continues no speaker (as evaluation reads labelled paragraphs with an unlabelled one between).
     */
    private final class Sequence {
        private final PredictionWriter writer;
        private final List<InputParagraph> inputs = new ArrayList<>();
        private final List<AnalyzedParagraph> analyzed = new ArrayList<>();
        private String article;
        private ArticleWalk walk = new ArticleWalk(null);
        private long written;

        Sequence(PredictionWriter writer) {
            this.writer = writer;
        }

        void add(InputParagraph in, AnalyzedParagraph p) {
            String key = in.articleKey();
            if (key == null || !key.equals(article)) {
                flush();
                article = key;
                walk = new ArticleWalk(null);
            }
            inputs.add(in);
            analyzed.add(p);
            if (key == null || inputs.size() >= MAX_HELD) {
                flush();
            }
        }

        /** Writes the held paragraphs of the current article. */
        void flush() {
            walk.noteOpinionMarker(RuleAttributor.opinionMarker(analyzed.stream().map(p -> p.source().rules()).toList()));
            String title = inputs.stream().map(InputParagraph::title).filter(t -> t != null && !t.isBlank()).findFirst().orElse(null);
            SparseVector titleCounts = title == null ? null : model.termCounts(title);
            // the article as far as it was given: a null position where numbers skip (a paragraph not given)
            List<String> kinds = new ArrayList<>();
            List<SparseVector> counts = new ArrayList<>();
            int[] position = new int[inputs.size()];
            for (int i = 0; i < inputs.size(); i++) {
                if (gapBefore(i)) {
                    kinds.add(null);
                    counts.add(null);
                }
                position[i] = kinds.size();
                kinds.add(inputs.get(i).kind());
                counts.add(analyzed.get(i).counts());
            }
            List<TopicContext> around = TopicContext.ofArticle(title != null, kinds);
            for (int i = 0; i < inputs.size(); i++) {
                InputParagraph in = inputs.get(i);
                ParagraphPrediction p = model.predict(analyzed.get(i), around.get(position[i]).select(titleCounts, counts));
                if (gapBefore(i)) {
                    walk.gap();
                }
                Attribution a = walk.next(p.source().rules(), context -> model.resolveSource(p.source(), context));
                StanceScores.Stance stance = p.stance().given(a.source());
                write(writer, new ClassifiedParagraph(in.id(), in.doc(), in.n(), in.article(), in.kind(), in.title(),
                        in.text(), p.topic(), round(p.topicProbability()), stance.value(), round(stance.probability()),
                        a.source(), a.evidence(), rounded(p.topicEvidence()), rounded(stance.evidence()), in.meta()));
                if (++written % PROGRESS_EVERY == 0) {
                    progress.accept(written);
                }
            }
            inputs.clear();
            analyzed.clear();
        }

        /**
         * Whether a paragraph not given stands between held paragraph {@code i} and the one before
         * it: both are numbered and {@code i}'s number does not follow (segment numbers an article's
         * paragraphs one by one, so a skip means a paragraph was left out of the input).
         */
        private boolean gapBefore(int i) {
            if (i == 0) {
                return false;
            }
            Integer before = inputs.get(i - 1).n();
            Integer n = inputs.get(i).n();
            return before != null && n != null && n != before + 1;
        }
    }

    /** Classifies every input paragraph in order into {@code writer} on one thread; returns how many. */
    public long classifyAll(ParagraphSource inputs, PredictionWriter writer) {
        return classifyAll(inputs, writer, 1);
    }

    /**
     * Classifies paragraphs a program holds in memory, exactly as {@link #classifyAll} classifies
     * files (each paragraph's source resolved in its article's context: the paragraphs of one
     * article in order, with one {@code doc} and {@code article}); the records in input order.
     * {@link ArstanceModel#predict} alone sees one paragraph without its article.
     */
    public List<ClassifiedParagraph> classify(List<InputParagraph> paragraphs) {
        List<ClassifiedParagraph> out = new ArrayList<>(paragraphs.size());
        classifyAll(ParagraphSource.of(paragraphs), out::add);
        return out;
    }

    /**
     * Classifies every input paragraph into {@code writer}, in input order, on {@code threads}
     * threads; returns how many. At most {@value #BATCH_PER_THREAD} paragraphs per thread are in
     * flight: the oldest is handed on (in input order, its source resolved after its
     * predecessor's) as soon as it is done while the others are classified, so reading and writing
     * overlap the work. Memory holds the paragraphs in flight and one article's, and the output is
     * the same bytes whatever the number of threads.
     */
    public long classifyAll(ParagraphSource inputs, PredictionWriter writer, int threads) {
        Sequence sequence = new Sequence(writer);
        if (threads <= 1) {
            inputs.forEach(model.schema().kinds(), in -> sequence.add(in, analyze(in)));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "arstance-classify");
                t.setDaemon(true);
                return t;
            });
            try {
                Deque<Pending> inFlight = new ArrayDeque<>();
                int window = BATCH_PER_THREAD * threads;
                inputs.forEach(model.schema().kinds(), in -> {
                    inFlight.add(new Pending(in, pool.submit(() -> analyze(in))));
                    if (inFlight.size() >= window) {
                        handOnOldest(inFlight, sequence);
                    }
                });
                while (!inFlight.isEmpty()) {
                    handOnOldest(inFlight, sequence);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        sequence.flush();
        return sequence.written;
    }

    /** A paragraph being classified on the pool. */
    private record Pending(InputParagraph input, Future<AnalyzedParagraph> prediction) {
    }

    private static void handOnOldest(Deque<Pending> inFlight, Sequence sequence) {
        Pending p = inFlight.removeFirst();
        sequence.add(p.input(), Parallel.await(p.prediction()));
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

package org.arstance.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.arstance.features.SparseVector;
import org.arstance.features.TermCounter;
import org.arstance.features.TfidfVectorizer;
import org.arstance.ingest.ArticleFileReader;
import org.arstance.ingest.Paragraph;
import org.arstance.io.InputFiles;
import org.arstance.labels.LabelSet;
import org.arstance.models.ArstanceModel;
import org.arstance.models.PipelineConfig;
import org.arstance.models.PipelineTrainer;
import org.arstance.text.AnalyzedText;
import org.arstance.text.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Nanoseconds per paragraph of the hot path, over the 186 paragraphs of the seed articles
 * (the project's own text; the vocabulary and the model are fit on the seed labels):
 * <ul>
 *   <li>{@code analysis}: normalization and the Lucene chain (words and surface words);</li>
 *   <li>{@code termCountsMap}: every term as a string into a map (the fitting path);</li>
 *   <li>{@code tfidfMap}: the same map, then looked up in the vocabulary and weighed (how
 *       classify vectorized a paragraph before the buffered path);</li>
 *   <li>{@code tfidfBuffered}: terms counted from a reused buffer into vocabulary indices, then
 *       TF-IDF (the classifying path);</li>
 *   <li>{@code predict}: a whole paragraph: features, topic, stance, attribution rules and evidence.</li>
 * </ul>
 * Each invocation runs over all the paragraphs; the score is per paragraph.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParagraphBenchmarks {

    /** The number of seed paragraphs: each invocation covers them all. */
    static final int PARAGRAPHS = 186;

    private List<String> texts;
    private TextAnalyzer analyzer;
    private TermCounter counter;
    private TfidfVectorizer vectorizer;
    private ArstanceModel model;

    @Setup(Level.Trial)
    public void setUp() {
        List<Paragraph> paragraphs = new ArticleFileReader().readAll(InputFiles.expandNamed(List.of(Path.of("seeds")), java.util.Set.of("txt"))).paragraphs();
        texts = paragraphs.stream().map(Paragraph::text).toList();
        if (texts.size() != PARAGRAPHS) {
            throw new IllegalStateException("expected " + PARAGRAPHS + " seed paragraphs, found " + texts.size()
                    + " (run from the repository root)");
        }
        PipelineConfig config = PipelineConfig.defaults();
        analyzer = new TextAnalyzer(config.analysis());
        counter = new TermCounter(analyzer, config.features());
        vectorizer = TfidfVectorizer.fit(texts.stream().map(counter::count).toList(), config.features());
        LabelSet seeds = LabelSet.load(List.of(Path.of("labels", "seeds.jsonl")), null).orThrow();
        model = new PipelineTrainer(seeds.schema(), config, m -> { })
                .train(seeds.records(), 42, seeds.dataHash(), List.of("seeds.jsonl"));
    }

    @Benchmark
    @OperationsPerInvocation(PARAGRAPHS)
    public void analysis(Blackhole bh) {
        for (String t : texts) {
            AnalyzedText a = analyzer.analyze(t, true);
            bh.consume(a);
        }
    }

    @Benchmark
    @OperationsPerInvocation(PARAGRAPHS)
    public void termCountsMap(Blackhole bh) {
        for (String t : texts) {
            Map<String, Integer> counts = counter.count(t);
            bh.consume(counts);
        }
    }

    @Benchmark
    @OperationsPerInvocation(PARAGRAPHS)
    public void tfidfMap(Blackhole bh) {
        for (String t : texts) {
            SparseVector x = vectorizer.tfidf(counter.count(t));
            bh.consume(x);
        }
    }

    @Benchmark
    @OperationsPerInvocation(PARAGRAPHS)
    public void tfidfBuffered(Blackhole bh) {
        for (String t : texts) {
            SparseVector x = vectorizer.tfidf(vectorizer.counts(counter, t));
            bh.consume(x);
        }
    }

    @Benchmark
    @OperationsPerInvocation(PARAGRAPHS)
    public void predict(Blackhole bh) {
        for (String t : texts) {
            bh.consume(model.predict(t));
        }
    }
}

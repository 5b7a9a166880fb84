package org.arstance.models;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.arstance.attribution.ArticleContext;
import org.arstance.attribution.Attribution;
import org.arstance.attribution.AttributionConfig;
import org.arstance.attribution.RuleAttributor;
import org.arstance.attribution.RuleResult;
import org.arstance.attribution.SourceEvidence;
import org.arstance.attribution.SourceFeatures;
import org.arstance.features.SparseVector;
import org.arstance.features.TermCounter;
import org.arstance.features.TfidfVectorizer;
import org.arstance.labels.Schema;
import org.arstance.text.TextAnalyzer;

/**
 * A trained arstance model: the schema, the frozen analysis and features, the topic, stance and
 * source classifiers, the attribution rules, and their provenance. Stance is predicted toward the
 * target of the predicted topic; a topic without a target gets the schema's no-stance value.
 */
public final class ArstanceModel {

    /** A constant feature present in every paragraph (no paragraph is ever featureless). */
    static final String BIAS = "_bias";
    /** Prefix of the stance model's topic indicator features. */
    static final String TOPIC_FEATURE = "_topic=";
    /** Prefix of the stance model's source indicator features (when the config asks for them). */
    static final String SOURCE_FEATURE = "_source=";
    static final int EVIDENCE = 5;

    private final Schema schema;
    private final PipelineConfig config;
    private final TfidfVectorizer vectorizer;
    private final LabelClassifier topic;
    private final LabelClassifier stance;
    private final Supplier<LabelClassifier> sourceLoader;
    /** The learned source extractor once loaded (it may stay unloaded when the rules alone attribute). */
    private volatile LabelClassifier source;
    private volatile boolean sourceLoaded;
    private final ModelProvenance provenance;
    private final TermCounter counter;
    private final RuleAttributor rules;
    private final SourceFeatures sourceFeatures;
    /** The input features of the topic, stance and source classifiers, built once for every paragraph. */
    private final FeatureSpace topicSpace;
    private final FeatureSpace stanceSpace;
    private final FeatureSpace sourceSpace;
    /**
     * The topic classifier's index of the schema's first topic without a target, given to a
     * paragraph with no term of the vocabulary; -1 when there is none.
     */
    private final int fallbackTopic;

    ArstanceModel(Schema schema, PipelineConfig config, TfidfVectorizer vectorizer, LabelClassifier topic,
                  LabelClassifier stance, LabelClassifier source, RuleAttributor rules, ModelProvenance provenance) {
        this(schema, config, vectorizer, topic, stance, () -> source, rules, provenance);
    }

    /** A model whose learned source extractor is loaded by {@code source} when first needed. */
    ArstanceModel(Schema schema, PipelineConfig config, TfidfVectorizer vectorizer, LabelClassifier topic,
                  LabelClassifier stance, Supplier<LabelClassifier> source, RuleAttributor rules, ModelProvenance provenance) {
        this.schema = schema;
        this.config = config;
        this.vectorizer = vectorizer;
        this.topic = topic;
        this.stance = stance;
        this.sourceLoader = source;
        this.provenance = provenance;
        this.counter = new TermCounter(new TextAnalyzer(config.analysis()), config.features());
        this.rules = rules;
        this.sourceFeatures = new SourceFeatures(schema);
        this.topicSpace = topicSpace(vectorizer, config);
        this.stanceSpace = stanceSpace(vectorizer, schema);
        this.sourceSpace = sourceSpace(vectorizer, schema);
        this.fallbackTopic = schema.topics().stream().filter(t -> !t.hasTarget()).map(t -> topic.labels().indexOf(t.id()))
                .filter(i -> i >= 0).findFirst().orElse(-1);
    }

    /** The topic classifier's features: the paragraph's terms, its context's when the config asks for them, and the bias. */
    static FeatureSpace topicSpace(TfidfVectorizer vectorizer, PipelineConfig config) {
        return new FeatureSpace(vectorizer, config.topic().usesContext(), List.of(BIAS));
    }

    static FeatureSpace stanceSpace(TfidfVectorizer vectorizer, Schema schema) {
        List<String> extra = new ArrayList<>();
        extra.add(BIAS);
        for (Schema.Topic t : schema.topics()) {
            if (t.hasTarget()) {
                extra.add(TOPIC_FEATURE + t.id());
            }
        }
        schema.sourceValues().forEach(s -> extra.add(SOURCE_FEATURE + s));
        return new FeatureSpace(vectorizer, extra);
    }

    static FeatureSpace sourceSpace(TfidfVectorizer vectorizer, Schema schema) {
        List<String> extra = new ArrayList<>();
        extra.add(BIAS);
        extra.addAll(new SourceFeatures(schema).names());
        return new FeatureSpace(vectorizer, extra);
    }

    /**
     * What a paragraph's context gives the topic classifier's context block, in training as in
     * prediction: the term counts of its {@link TopicContext}'s texts ({@code contextCounts}; the
     * paragraph's own {@code ownCounts} when there are none and it reads itself:
     * {@link TopicContext#readsItself}), summed over the block's terms and weighed as a paragraph is.
     */
    static SparseVector contextFeatures(FeatureSpace topicSpace, TfidfVectorizer vectorizer, PipelineConfig config,
                                        SparseVector ownCounts, String kind, List<SparseVector> contextCounts) {
        SparseVector c = topicSpace.contextTerms(TopicContext.readsItself(contextCounts.isEmpty(), kind)
                ? ownCounts : SparseVector.sum(contextCounts));
        return weigh(vectorizer, config, c);
    }

    /** What a model of this config reads from raw term counts: the counts themselves for a count model, else their TF-IDF. */
    static SparseVector weigh(TfidfVectorizer vectorizer, PipelineConfig config, SparseVector rawCounts) {
        return config.model().trainer().usesCounts() ? rawCounts : vectorizer.tfidf(rawCounts);
    }

    /** The stance model's indicators for a paragraph on a topic, with the rules' source when configured. */
    static List<String> stanceIndicators(PipelineConfig config, String topicId, RuleResult rules) {
        List<String> on = new ArrayList<>(List.of(BIAS, TOPIC_FEATURE + topicId));
        if (config.attribution().stanceUsesSource()) {
            on.add(SOURCE_FEATURE + rules.found().source());
        }
        return on;
    }

    List<String> sourceIndicators(RuleResult r, String text, String kind) {
        List<String> on = new ArrayList<>(List.of(BIAS));
        on.addAll(sourceFeatures.of(r, rules.mentions(text), kind));
        return on;
    }

    /** As {@link #predict(String, String)}, for a body paragraph. */
    public ParagraphPrediction predict(String text) {
        return predict(text, "body");
    }

    /**
     * Topic, stance scores and the source candidates of one paragraph seen alone, without its
     * article: its topic is read from its own text (the paragraph is its own context: a model that
     * reads articles scores a paragraph given alone below one in its article), its
     * source is not yet resolved (a paragraph may continue an earlier speaker of its article: see
     * {@link #resolveSource}) and its stance is the one given that source
     * ({@code stance().given(source)}); the learned extractor's candidate only when the configured
     * attribution mode uses it. To classify paragraphs in their articles, as {@code classify}
     * does, use {@code org.arstance.classify.ParagraphClassifier}.
     */
    public ParagraphPrediction predict(String text, String kind) {
        return predict(analyze(text, kind, config.attribution().usesLearnedSource()), List.of());
    }

    /**
     * One paragraph read with the texts of its article that are its {@link TopicContext} (none: the
     * paragraph is its own context), with the learned extractor's candidate when {@code learnedSource} (an
     * evaluation that compares the attribution modes asks for it).
     */
    public ParagraphPrediction predict(String text, String kind, List<String> context, boolean learnedSource) {
        List<SparseVector> around = new ArrayList<>(context.size());
        if (config.topic().usesContext()) {
            context.forEach(c -> around.add(termCounts(c)));
        }
        return predict(analyze(text, kind, learnedSource), around);
    }

    /**
     * The part of a prediction that reads a paragraph alone: its term counts, features and source
     * candidates (the learned extractor's when {@code learnedSource}).
     *
     * @throws IllegalArgumentException when {@code text} is null or {@code kind} is not one of the schema's
     */
    public AnalyzedParagraph analyze(String text, String kind, boolean learnedSource) {
        requireParagraph(text, kind);
        SparseVector counts = vectorizer.counts(counter, text);
        SparseVector x = weigh(vectorizer, config, counts);
        RuleResult r = rules.analyze(text, kind);
        return new AnalyzedParagraph(kind, counts, x, sourceCandidates(learnedSource ? sourceClassifier() : null, x, r, text, kind));
    }

    /** The raw in-vocabulary term counts of a text (a title, say) for {@link #predict(AnalyzedParagraph, List)}. */
    public SparseVector termCounts(String text) {
        return vectorizer.counts(counter, text);
    }

    /**
     * The topic and stance scores of an analyzed paragraph read with its context: the term counts of
     * the texts of its {@link TopicContext} (its title, the paragraphs around it), summed into one
     * vector of the topic classifier's context block. With an empty list the paragraph is read as
     * its own context (a teaser, which reads nothing, aside: {@link TopicContext#readsItself}); a
     * model trained with {@code topic.article_context} 0 ignores the context.
     */
    public ParagraphPrediction predict(AnalyzedParagraph p, List<SparseVector> contextCounts) {
        SparseVector xt = p.x();
        if (config.topic().usesContext()) {
            xt = topicSpace.withContext(xt, contextFeatures(topicSpace, vectorizer, config, p.counts(), p.kind(), contextCounts),
                    config.topic().articleContext());
        }
        xt = topicSpace.withIndicator(xt, BIAS);
        double[] tp = topic.probabilities(xt);
        int ti = argmax(tp);
        if (p.x().isEmpty() && fallbackTopic >= 0) {
            // no term of the vocabulary (a separator line, an emoji, another script): the classifier
            // would answer from its bias and the article alone, so the paragraph gets the topic without a target
            ti = fallbackTopic;
        }
        String topicId = topic.labels().get(ti);
        List<Evidence> topicEvidence = textEvidence(topic.evidence(xt, topicId, EVIDENCE + 2));
        boolean hasTarget = schema.topic(topicId).map(Schema.Topic::hasTarget).orElse(false);
        if (!hasTarget || stance == null) {
            return new ParagraphPrediction(topicId, tp[ti], StanceScores.noTarget(schema.noStance(), tp[ti]), topicEvidence, p.source());
        }
        SparseVector xs = stanceSpace.withIndicators(p.x(), stanceIndicators(config, topicId, p.source().rules()));
        StanceScores scores = StanceScores.of(stance.labels(), stance.probabilities(xs), schema.noStance(), schema.noSource(),
                label -> textEvidence(stance.evidence(xs, label, EVIDENCE + 2)));
        return new ParagraphPrediction(topicId, tp[ti], scores, topicEvidence, p.source());
    }

    /**
     * Only the source candidates of one paragraph, without its topic and stance: for a paragraph
     * whose source matters only because the next one may continue it.
     */
    public SourceCandidates predictSource(String text, String kind, boolean learnedSource) {
        requireParagraph(text, kind);
        RuleResult r = rules.analyze(text, kind);
        LabelClassifier source = learnedSource ? sourceClassifier() : null;
        return sourceCandidates(source, source == null ? null : vectorize(counter, vectorizer, config, text), r, text, kind);
    }

    /** A paragraph's text is given, and its kind is one of the schema's. */
    private void requireParagraph(String text, String kind) {
        if (text == null) {
            throw new IllegalArgumentException("no text");
        }
        if (!schema.kinds().contains(kind)) {
            throw new IllegalArgumentException("unknown kind '" + kind + "' (the schema's: " + String.join(", ", schema.kinds()) + ")");
        }
    }

    /** The rules' result, and the learned extractor's source when {@code source} (the extractor) is not null. */
    private SourceCandidates sourceCandidates(LabelClassifier source, SparseVector x, RuleResult r, String text, String kind) {
        if (source == null) {
            return new SourceCandidates(r, null);
        }
        SparseVector xo = sourceSpace.withIndicators(x, sourceIndicators(r, text, kind));
        return new SourceCandidates(r, source.labels().get(argmax(source.probabilities(xo))));
    }

    /**
     * The paragraph's source under the configured attribution mode, given what its article said
     * before it: the rules' named speaker, else a speaker named earlier by the name a continuing
     * verb gives, else a continuation of the previous speaker, else in an opinion piece the writer,
     * else (combined mode) the learned extractor.
     */
    public Attribution resolveSource(SourceCandidates c, ArticleContext context) {
        return resolveSource(c, context, config.attribution().mode());
    }

    public Attribution resolveSource(SourceCandidates c, ArticleContext context, String mode) {
        Attribution byRules = c.rules().resolve(context, schema.noSource());
        if (mode.equals(AttributionConfig.RULES) || c.modelSource() == null) {
            return byRules;
        }
        Attribution byModel = new Attribution(c.modelSource(), c.modelSource().equals(schema.noSource()) ? null
                : new SourceEvidence("model", null, -1, -1, null, -1, -1));
        if (mode.equals(AttributionConfig.MODEL)) {
            return byModel;
        }
        return byRules.evidence() != null ? byRules : byModel;
    }

    /**
     * The disclaimer by which an outlet marks an article as an opinion piece, if this paragraph is
     * one, else null; the first one among an article's paragraphs goes to {@link #resolveSource}.
     */
    public String opinionMarker(String text) {
        return rules.opinionMarker(text);
    }

    /** The evidence from the paragraph's own text: the constant and indicator features left out. */
    private static List<Evidence> textEvidence(List<Evidence> evidence) {
        return evidence.stream().filter(e -> !e.feature().startsWith("_")).limit(EVIDENCE).toList();
    }

    /** The vector a paragraph's text becomes: TF-IDF, or raw counts for count models. */
    static SparseVector vectorize(TermCounter counter, TfidfVectorizer vectorizer, PipelineConfig config, String text) {
        return weigh(vectorizer, config, vectorizer.counts(counter, text));
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    RuleAttributor rules() {
        return rules;
    }

    public Schema schema() {
        return schema;
    }

    public PipelineConfig config() {
        return config;
    }

    public TfidfVectorizer vectorizer() {
        return vectorizer;
    }

    public LabelClassifier topicClassifier() {
        return topic;
    }

    /** The stance classifier, or null when the training data had no paragraph on a topic with a target. */
    public LabelClassifier stanceClassifier() {
        return stance;
    }

    /** The learned source extractor, or null when the training data had fewer than two sources. */
    public LabelClassifier sourceClassifier() {
        if (!sourceLoaded) {
            synchronized (this) {
                if (!sourceLoaded) {
                    source = sourceLoader.get();
                    sourceLoaded = true;
                }
            }
        }
        return source;
    }

    public ModelProvenance provenance() {
        return provenance;
    }
}

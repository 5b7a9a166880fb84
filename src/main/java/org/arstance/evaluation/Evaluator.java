package org.arstance.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.arstance.attribution.ArticleWalk;
import org.arstance.attribution.Attribution;
import org.arstance.attribution.AttributionConfig;
import org.arstance.io.Parallel;
import org.arstance.io.UserInputException;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.Schema;
import org.arstance.models.ArstanceModel;
import org.arstance.models.ParagraphPrediction;
import org.arstance.models.PipelineConfig;
import org.arstance.models.PipelineTrainer;
import org.arstance.models.SourceCandidates;
import org.arstance.models.StanceScores;
import org.arstance.models.TopicContext;

/**
 * Runs a protocol: for each fold, trains a whole pipeline (vocabulary, IDF, class weights,
 * classifiers) on the fold's training side only and predicts its held-out side; then scores
 * the pooled held-out predictions against baselines under the same folds.
 */
public final class Evaluator {

    /** The shares of each fold's training side that the learning curve trains on. */
    private static final List<Double> CURVE_FRACTIONS = List.of(0.25, 0.5, 0.75, 1.0);
    static final int TOP_FEATURES = 10;

    private final Schema schema;
    private final PipelineConfig config;
    private final long seed;
    private final Consumer<String> progress;
    private final boolean learningCurve;
    /** Gives the pipeline trained on all the paragraphs (training plus extra), or null to train it here. */
    private final Supplier<ArstanceModel> fullTrained;

    public Evaluator(Schema schema, PipelineConfig config, long seed, boolean learningCurve, Consumer<String> progress) {
        this(schema, config, seed, learningCurve, progress, null);
    }

    private Evaluator(Schema schema, PipelineConfig config, long seed, boolean learningCurve, Consumer<String> progress,
                      Supplier<ArstanceModel> fullTrained) {
        this.schema = schema;
        this.config = config;
        this.seed = seed;
        this.learningCurve = learningCurve;
        this.progress = progress;
        this.fullTrained = fullTrained;
    }

    /**
     * This evaluator with the caller's way to the pipeline trained, with the same config and seed,
     * on all the paragraphs it will evaluate (plus the extra training): it is asked for once, as
     * one of the jobs run beside the folds, and its top features go to the report.
     */
    public Evaluator withFullModel(Supplier<ArstanceModel> full) {
        return new Evaluator(schema, config, seed, learningCurve, progress, full);
    }

    public EvaluationResult evaluate(Protocol protocol, List<LabelRecord> records, List<LabelRecord> holdout,
                                     String dataHash, List<String> labelFiles, String schemaFile) {
        return evaluate(protocol, records, holdout, List.of(), dataHash, labelFiles, List.of(), schemaFile);
    }

    /**
     * @param extraTraining records added to every fold's training side and never tested (their
     *                      stories are dropped from a fold whose held-out side holds the same story)
     */
    public EvaluationResult evaluate(Protocol protocol, List<LabelRecord> records, List<LabelRecord> holdout,
                                     List<LabelRecord> extraTraining, String dataHash, List<String> labelFiles,
                                     List<String> trainOnlyFiles, String schemaFile) {
        // the folds are dealt by stories, and the bootstrap resamples the same stories
        Stories stories = FoldPlanner.stories(protocol, records, holdout);
        List<Fold> folds = FoldPlanner.plan(protocol, records, holdout, extraTraining, seed, stories);
        String labelled = String.join(", ", labelFiles) + (trainOnlyFiles.isEmpty() ? "" : " + " + String.join(", ", trainOnlyFiles));
        List<LabelRecord> all = new ArrayList<>(records);
        all.addAll(extraTraining);
        // the folds, and the model on all paragraphs (for the top features), trained side by side
        List<Callable<List<HeldOutPrediction>>> jobs = new ArrayList<>();
        for (int f = 0; f < folds.size(); f++) {
            Fold fold = folds.get(f);
            String name = "fold " + (f + 1) + "/" + folds.size() + " (" + fold.name() + ")";
            jobs.add(() -> {
                progress.accept(name + ": training on " + fold.train().size() + ", testing on " + fold.test().size()
                        + " paragraphs");
                return predictFold(train(fold.train(), labelled + " under protocol " + protocol.spec() + ", " + name), fold, stories, true);
            });
        }
        ArstanceModel[] fullModel = {null};
        // the longest job first, so that no core idles at the end
        jobs.add(0, () -> {
            if (fullTrained == null) {
                progress.accept("training on all " + all.size() + " paragraphs for the top features");
                fullModel[0] = train(all, labelled);
            } else {
                fullModel[0] = fullTrained.get();
            }
            return List.of();
        });
        List<HeldOutPrediction> predictions = new ArrayList<>();
        Parallel.run(jobs).forEach(predictions::addAll); // the full model's job adds none
        ArstanceModel full = fullModel[0];
        Bootstrap bootstrap = Bootstrap.overStories(Bootstrap.RESAMPLES, seed, predictions);
        Map<String, TaskResult> tasks = new LinkedHashMap<>();
        tasks.put("topic", task("topic", schema.topicIds(), folds, predictions, LabelRecord::topic,
                HeldOutPrediction::topic, bootstrap, full.topicClassifier().topFeatures(TOP_FEATURES)));
        tasks.put("stance", task("stance", schema.stances(), folds, predictions, LabelRecord::stance,
                HeldOutPrediction::stance, bootstrap,
                full.stanceClassifier() == null ? Map.of() : full.stanceClassifier().topFeatures(TOP_FEATURES)));
        tasks.put("source", task("source", schema.sourceValues(), folds, predictions, LabelRecord::source,
                HeldOutPrediction::source, bootstrap,
                full.sourceClassifier() == null ? Map.of() : full.sourceClassifier().topFeatures(TOP_FEATURES)));
        List<EvaluationResult.CurvePoint> curve = learningCurve ? curve(folds, stories, predictions) : List.of();
        Map<String, Map<String, Integer>> composition = new LinkedHashMap<>();
        for (Fold fold : folds) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            schema.topicIds().forEach(t -> counts.put(t, 0));
            fold.test().forEach(r -> counts.merge(r.topic(), 1, Integer::sum));
            composition.put(fold.name(), counts);
        }
        return new EvaluationResult(protocol, seed, dataHash, labelFiles, trainOnlyFiles, schemaFile, config, folds, predictions,
                tasks, curve, composition, bootstrap.resamples(), schema.noSource());
    }

    /**
     * The model's predictions for a fold's held-out side, in order, each paragraph's topic read with
     * its article's {@link TopicContext} as classify reads it; a paragraph's source may continue
     * the previous held-out paragraph's (the same article, the next paragraph), as in classify; a corpus
     * record whose previous paragraph is unlabelled continues from its article's earlier paragraphs;
     * and a paragraph of an article marked as an opinion piece (by any of its paragraphs, labelled or
     * not) may be the writer's, as in classify.
     */
    private List<HeldOutPrediction> predictFold(ArstanceModel model, Fold fold, Stories stories, boolean keepText) {
        List<HeldOutPrediction> out = new ArrayList<>();
        Map<String, String> markers = opinionMarkers(model, fold.test());
        List<List<String>> topicContexts = TopicContext.ofRecords(fold.test());
        LabelRecord previous = null;
        Map<String, ArticleWalk> walks = Map.of();
        for (int i = 0; i < fold.test().size(); i++) {
            LabelRecord r = fold.test().get(i);
            boolean next = previous != null && previous.articleKey().equals(r.articleKey()) && previous.n() + 1 == r.n();
            if (!next) {
                walks = walks(model, r.preceding(), r.kind(), markers.get(r.articleKey()));
            }
            ParagraphPrediction p = model.predict(r.text(), r.kind(), topicContexts.get(i), true);
            Map<String, String> sources = new HashMap<>();
            for (String mode : SOURCE_MODES) {
                sources.put(mode, attribute(model, walks.get(mode), p.source(), mode).source());
            }
            String configured = sources.get(config.attribution().mode());
            StanceScores.Stance stance = p.stance().given(configured);
            out.add(new HeldOutPrediction(r.id(), fold.name(), stories.of(r), r.kind(), r.topic(), p.topic(), p.topicProbability(),
                    r.stance(), stance.value(), stance.probability(), r.source(), configured, sources.get(AttributionConfig.RULES),
                    sources.get(AttributionConfig.MODEL), sources.get(AttributionConfig.COMBINED),
                    keepText && r.ownText() ? r.text() : null));
            previous = r;
        }
        return out;
    }

    private static final List<String> SOURCE_MODES = List.of(AttributionConfig.RULES, AttributionConfig.MODEL,
            AttributionConfig.COMBINED);

    /**
     * Each held-out article's opinion-piece disclaimer (article key → the first one), as classify
     * finds it in the whole article: a corpus record brings its article's every paragraph; an article
     * of the project's own text is labelled whole, so its paragraphs are all on the held-out side.
     */
    private static Map<String, String> opinionMarkers(ArstanceModel model, List<LabelRecord> heldOut) {
        Map<String, String> markers = new HashMap<>();
        Set<String> scanned = new HashSet<>();
        for (LabelRecord r : heldOut) {
            if (markers.containsKey(r.articleKey()) || !r.ownText() && !scanned.add(r.articleKey())) {
                continue;
            }
            for (String text : r.ownText() ? List.of(r.text()) : r.articleText()) {
                String m = model.opinionMarker(text);
                if (m != null) {
                    markers.put(r.articleKey(), m);
                    break;
                }
            }
        }
        return markers;
    }

    /**
     * Each mode's walk through a corpus record's article up to the record: its unlabelled earlier
     * paragraphs attributed in order as classify attributes an article, so that a labelled paragraph
     * can continue a speaker named in a paragraph nobody labelled, or name them again by name.
     */
    private static Map<String, ArticleWalk> walks(ArstanceModel model, List<String> preceding, String kind,
                                                  String opinionMarker) {
        Map<String, ArticleWalk> walks = new HashMap<>();
        SOURCE_MODES.forEach(mode -> walks.put(mode, new ArticleWalk(opinionMarker)));
        for (String text : preceding) {
            SourceCandidates c = model.predictSource(text, kind, true);
            SOURCE_MODES.forEach(mode -> attribute(model, walks.get(mode), c, mode));
        }
        return walks;
    }

    /** The next paragraph of a mode's walk, attributed under that mode. */
    private static Attribution attribute(ArstanceModel model, ArticleWalk walk, SourceCandidates c, String mode) {
        return walk.next(c.rules(), context -> model.resolveSource(c, context, mode));
    }

    /** The pipeline trained on {@code training}; a refusal names {@code what} was trained on. */
    private ArstanceModel train(List<LabelRecord> training, String what) {
        try {
            return fit(training);
        } catch (UserInputException e) {
            throw new UserInputException(what + ": " + e.getMessage(), e);
        }
    }

    /** The pipeline trained on {@code training}, quietly (an evaluation reports its own progress). */
    private ArstanceModel fit(List<LabelRecord> training) {
        return new PipelineTrainer(schema, config, m -> { }).train(training, seed, "", List.of());
    }

    private TaskResult task(String name, List<String> labels, List<Fold> folds, List<HeldOutPrediction> predictions,
                            Function<LabelRecord, String> goldOf, Function<HeldOutPrediction, String> predictedOf,
                            Bootstrap bootstrap, Map<String, List<org.arstance.models.Evidence>> topFeatures) {
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (HeldOutPrediction p : predictions) {
            gold.add(switch (name) {
                case "topic" -> p.goldTopic();
                case "stance" -> p.goldStance();
                default -> p.goldSource();
            });
            predicted.add(predictedOf.apply(p));
        }
        TaskMetrics metrics = TaskMetrics.of(gold, predicted, labels);
        Map<String, TaskResult.Baseline> baselines = new LinkedHashMap<>();
        for (String which : List.of(Baselines.MAJORITY, Baselines.STRATIFIED)) {
            baselines.put(which, baseline(Baselines.describe(which, name), gold,
                    Baselines.predict(folds, which, goldOf, seed), labels, bootstrap));
        }
        List<String> polar = name.equals("stance") ? schema.polarStances() : List.of();
        double fAvg = polar.isEmpty() ? Double.NaN : metrics.meanF1(polar);
        return new TaskResult(name, metrics, bootstrap.macroF1Interval(gold, predicted), fAvg, polar, baselines, topFeatures);
    }

    private static TaskResult.Baseline baseline(String description, List<String> gold, List<String> predicted,
                                                List<String> labels, Bootstrap bootstrap) {
        TaskMetrics m = TaskMetrics.of(gold, predicted, labels);
        return new TaskResult.Baseline(description, m.accuracy(), m.macroF1(), bootstrap.macroF1Interval(gold, predicted));
    }

    /** Macro-F1 with each training fold cut to a fraction of its paragraphs (seeded choice), same test sides. */
    private List<EvaluationResult.CurvePoint> curve(List<Fold> folds, Stories stories, List<HeldOutPrediction> full) {
        List<EvaluationResult.CurvePoint> points = new ArrayList<>();
        for (double fraction : CURVE_FRACTIONS) {
            List<HeldOutPrediction> preds = new ArrayList<>();
            long sizes = 0;
            int trained = 0;
            if (fraction >= 1.0) {
                preds = full;
                sizes = folds.stream().mapToInt(f -> f.train().size()).sum();
                trained = folds.size();
            } else {
                progress.accept("learning curve: " + Math.round(fraction * 100) + "% of each training fold");
                List<Callable<List<HeldOutPrediction>>> jobs = new ArrayList<>();
                List<Integer> partSizes = new ArrayList<>();
                for (int f = 0; f < folds.size(); f++) {
                    Fold fold = folds.get(f);
                    List<LabelRecord> shuffled = new ArrayList<>(fold.train());
                    Collections.shuffle(shuffled, new Random(seed + 1000L * f + Math.round(fraction * 100)));
                    List<LabelRecord> part = shuffled.subList(0, (int) Math.ceil(fraction * shuffled.size()));
                    partSizes.add(part.size());
                    jobs.add(() -> {
                        ArstanceModel model;
                        try {
                            model = fit(part);
                        } catch (UserInputException e) {
                            return null; // a part too small to train on (one topic, or no term in min_df paragraphs)
                        }
                        return predictFold(model, fold, stories, false);
                    });
                }
                List<List<HeldOutPrediction>> results = Parallel.run(jobs);
                for (int f = 0; f < results.size(); f++) {
                    if (results.get(f) == null) {
                        progress.accept("learning curve: " + Math.round(fraction * 100) + "% of " + folds.get(f).name()
                                + " cannot be trained on; the point leaves that fold out");
                        continue;
                    }
                    preds.addAll(results.get(f));
                    sizes += partSizes.get(f);
                    trained++;
                }
            }
            if (trained == 0) {
                continue;
            }
            List<String> gt = preds.stream().map(HeldOutPrediction::goldTopic).toList();
            List<String> pt = preds.stream().map(HeldOutPrediction::topic).toList();
            List<String> gs = preds.stream().map(HeldOutPrediction::goldStance).toList();
            List<String> ps = preds.stream().map(HeldOutPrediction::stance).toList();
            points.add(new EvaluationResult.CurvePoint(fraction, trained, (double) sizes / trained, preds.size(),
                    TaskMetrics.of(gt, pt, schema.topicIds()).macroF1(), TaskMetrics.of(gs, ps, schema.stances()).macroF1()));
        }
        return points;
    }
}

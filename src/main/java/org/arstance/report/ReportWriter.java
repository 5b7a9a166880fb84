package org.arstance.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.arstance.evaluation.ClassMetrics;
import org.arstance.evaluation.EvaluationResult;
import org.arstance.evaluation.Fold;
import org.arstance.evaluation.HeldOutPrediction;
import org.arstance.evaluation.Interval;
import org.arstance.evaluation.TaskMetrics;
import org.arstance.evaluation.TaskResult;
import org.arstance.io.AtomicDirectory;
import org.arstance.io.Json;
import org.arstance.io.Versions;
import org.arstance.labels.LabelRecord;
import org.arstance.models.Evidence;

/**
 * Writes an evaluation's report folder (swapped into place whole when complete):
 * {@code metrics.json}, {@code report.md} with its PNG charts, a self-contained
 * {@code report.html}, {@code predictions.jsonl} and {@code folds.json} (the folds by
 * paragraph id, for peers that must score exactly the same splits).
 */
public final class ReportWriter {

    static final int WORST_ERRORS = 10;
    static final int SOURCE_MIN_SUPPORT = 5;

    /** Source macro-F1 as the reports give it: over the actors with at least {@value #SOURCE_MIN_SUPPORT} gold paragraphs, {@code noSource} left out. */
    static double sourceMacroF1(TaskMetrics m, String noSource) {
        return m.macroF1(SOURCE_MIN_SUPPORT, noSource);
    }

    /** The actors {@link #sourceMacroF1} averages: those with at least {@link #SOURCE_MIN_SUPPORT} gold held-out paragraphs. */
    static List<String> sourceActors(TaskMetrics m, String noSource) {
        return m.classesWithSupport(SOURCE_MIN_SUPPORT, noSource);
    }

    /** The 95% story-bootstrap interval of {@link #sourceMacroF1} (NaN when no actor has the support). */
    static Interval sourceMacroF1Interval(EvaluationResult r, TaskResult source) {
        List<String> actors = sourceActors(source.metrics(), r.noSource());
        return actors.isEmpty() ? Interval.UNDEFINED
                : r.bootstrap().meanF1Interval(r.predictions().stream().map(HeldOutPrediction::goldSource).toList(),
                        r.predictions().stream().map(HeldOutPrediction::source).toList(), actors);
    }
    static final int TEXT_CHARS = 300;
    static final String METRICS = "metrics.json";
    static final String REPORT = "report.md";
    /** The files every report folder holds: an existing folder holding them is an earlier report, which may be replaced. */
    public static final List<String> MARKS = List.of(REPORT, METRICS);

    private final List<String> dataNotes;

    /** @param dataNotes facts about the data every report states (from the schema's {@code data_notes}) */
    public ReportWriter(List<String> dataNotes) {
        this.dataNotes = List.copyOf(dataNotes);
    }

    public void write(Path dir, EvaluationResult r) {
        AtomicDirectory.write(dir, MARKS, tmp -> fill(tmp, r));
    }

    /** Writes the report into {@code dir} (created if missing) without the atomic swap: for callers that swap a parent. */
    public void writeInto(Path dir, EvaluationResult r) throws IOException {
        Files.createDirectories(dir);
        fill(dir, r);
    }

    void fill(Path dir, EvaluationResult r) throws IOException {
        Files.write(dir.resolve(METRICS), pretty(MetricsJson.of(r)));
        StringBuilder preds = new StringBuilder();
        for (HeldOutPrediction p : r.predictions()) {
            preds.append(Json.line(rounded(p))).append('\n');
        }
        Files.writeString(dir.resolve("predictions.jsonl"), preds, StandardCharsets.UTF_8);
        Files.write(dir.resolve("folds.json"), pretty(folds(r)));
        ReportDocument doc = document(dir, r);
        Files.writeString(dir.resolve(REPORT), doc.markdown(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.html"), doc.html("arstance evaluation: " + r.protocol().spec()),
                StandardCharsets.UTF_8);
    }

    public static byte[] pretty(Object tree) {
        try {
            return (Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HeldOutPrediction rounded(HeldOutPrediction p) {
        return new HeldOutPrediction(p.id(), p.fold(), p.story(), p.kind(), p.goldTopic(), p.topic(),
                Numbers.round6(p.topicProbability()), p.goldStance(), p.stance(), Numbers.round6(p.stanceProbability()),
                p.goldSource(), p.source(), p.sourceByRules(), p.sourceByModel(), p.sourceCombined(), p.text());
    }

    private static Map<String, Object> folds(EvaluationResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("protocol", r.protocol().spec());
        m.put("seed", r.seed());
        m.put("schema", r.schemaFile());
        List<String> files = new ArrayList<>(r.labelFiles());
        files.addAll(r.trainOnlyFiles());
        m.put("label_files", files);
        List<Object> folds = new ArrayList<>();
        for (Fold f : r.folds()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.name());
            fm.put("train", f.train().stream().map(LabelRecord::id).toList());
            fm.put("test", f.test().stream().map(LabelRecord::id).toList());
            folds.add(fm);
        }
        m.put("folds", folds);
        return m;
    }

    private ReportDocument document(Path dir, EvaluationResult r) throws IOException {
        ReportDocument d = new ReportDocument();
        d.heading(1, "arstance evaluation: " + r.protocol().spec());
        d.heading(2, "What was measured");
        List<String> what = new ArrayList<>();
        what.add("Data: " + r.n() + " labelled paragraphs from " + String.join(", ", r.labelFiles())
                + (r.trainOnlyFiles().isEmpty() ? "" : ", and in every training side only (never held out) the paragraphs of "
                + String.join(", ", r.trainOnlyFiles())) + " (data hash " + r.dataHash() + ", over the label files in order and any corpus they point into).");
        what.add("Protocol: " + r.protocol().describe() + ". Every fold trains the whole pipeline (vocabulary, IDF, "
                + "class weights, classifiers) on its training side only; no article is on both sides.");
        what.add("Model: " + r.config().model().trainer().id() + ", class weights " + r.config().model().classWeights()
                + ", word n-grams up to " + r.config().features().wordNgramMax() + (r.config().features().charNgrams()
                ? ", character n-grams " + r.config().features().charNgramMin() + "-" + r.config().features().charNgramMax() : "")
                + ". Stance is predicted toward the target of the predicted topic; a topic without a target gets no stance.");
        what.add("Seed " + r.seed() + " for every random choice (folds, training, baselines, bootstrap).");
        what.add("Code: " + Versions.describe().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")) + ".");
        what.add("Scores are computed over all held-out paragraphs pooled across folds. Macro-F1 averages the classes that "
                + "have gold paragraphs among them; a class with none is named and left out, not counted as zero.");
        what.add("95% intervals: percentile bootstrap, " + r.bootstrapResamples() + " seeded resamples of whole stories ("
                + r.stories() + " stories: an article with its copies), not of single paragraphs, since paragraphs of one "
                + "article are correlated" + (r.roughBootstrapNote().isEmpty() ? "" : "; " + r.roughBootstrapNote()) + ".");
        what.add("Baselines under the same folds: the training fold's majority class, and a class drawn at random from "
                + "the training fold's class distribution.");
        d.bullets(what);
        if (!dataNotes.isEmpty()) {
            d.heading(2, "About the data");
            d.bullets(dataNotes);
        }
        composition(d, r);
        perFold(d, r);
        for (TaskResult t : r.tasks().values()) {
            task(d, dir, t);
            if (t.task().equals("source")) {
                source(d, dir, r, t);
            }
        }
        if (!r.learningCurve().isEmpty()) {
            d.heading(2, "Learning curve");
            d.paragraph("Each training fold cut to a seeded random share of its paragraphs; the held-out sides stay the same. "
                    + "A fold whose cut cannot be trained on (one topic, or no term in min_df paragraphs) is left out of "
                    + "its point, with its held-out side: the folds and held-out paragraphs columns say how many were "
                    + "scored. Points without intervals: read the trend, not the third decimal.");
            List<List<String>> rows = new ArrayList<>();
            for (EvaluationResult.CurvePoint p : r.learningCurve()) {
                rows.add(List.of(Math.round(p.fraction() * 100) + "%", p.folds() + "/" + r.folds().size(),
                        String.format(java.util.Locale.ROOT, "%.1f", p.meanTrainingSize()), String.valueOf(p.heldOut()),
                        Numbers.f3(p.topicMacroF1()), Numbers.f3(p.stanceMacroF1())));
            }
            d.table(List.of("share of training fold", "folds", "mean training paragraphs", "held-out paragraphs",
                    "topic macro-F1", "stance macro-F1"), rows);
            image(d, dir, "learning-curve.png", Charts.learningCurve(r.learningCurve()), "macro-F1 against training-set size");
        }
        for (TaskResult t : r.tasks().values()) {
            topFeatures(d, t);
        }
        for (TaskResult t : r.tasks().values()) {
            worstErrors(d, r, t.task());
        }
        return d;
    }

    private static void composition(ReportDocument d, EvaluationResult r) {
        d.heading(2, "What each held-out side contains");
        List<String> topics = new ArrayList<>(r.composition().values().iterator().next().keySet());
        List<String> header = new ArrayList<>(List.of("fold", "training paragraphs", "held-out paragraphs"));
        topics.forEach(t -> header.add("held-out " + t));
        List<List<String>> rows = new ArrayList<>();
        int[] total = new int[topics.size()];
        for (Fold f : r.folds()) {
            List<String> row = new ArrayList<>(List.of(f.name(), String.valueOf(f.train().size()), String.valueOf(f.test().size())));
            Map<String, Integer> c = r.composition().get(f.name());
            for (int i = 0; i < topics.size(); i++) {
                row.add(String.valueOf(c.get(topics.get(i))));
                total[i] += c.get(topics.get(i));
            }
            rows.add(row);
        }
        List<String> sum = new ArrayList<>(List.of("all folds", "", String.valueOf(r.n())));
        for (int v : total) {
            sum.add(String.valueOf(v));
        }
        rows.add(sum);
        d.table(header, rows);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            if (total[i] == 0) {
                missing.add(topics.get(i));
            }
        }
        if (!missing.isEmpty()) {
            d.paragraph("No held-out paragraph has topic " + String.join(", ", missing) + ": these topics are not evaluated.");
        }
    }

    /** Scores of each held-out side on its own (a file, an outlet, a fold): how results vary across them. */
    private static void perFold(ReportDocument d, EvaluationResult r) {
        d.heading(2, "Scores per held-out side");
        d.paragraph("Each held-out side scored on its own; macro-F1 over the classes present on that side. The pooled "
                + "scores below are the ones to compare systems by.");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, TaskMetrics>> e : FoldScores.of(r).entrySet()) {
            TaskMetrics t = e.getValue().get("topic");
            TaskMetrics s = e.getValue().get("stance");
            rows.add(List.of(e.getKey(), String.valueOf(t.n()), Numbers.f3(t.accuracy()), Numbers.f3(t.macroF1()),
                    Numbers.f3(s.accuracy()), Numbers.f3(s.macroF1())));
        }
        d.table(List.of("held-out side", "paragraphs", "topic accuracy", "topic macro-F1", "stance accuracy",
                "stance macro-F1"), rows);
    }

    private static void task(ReportDocument d, Path dir, TaskResult t) throws IOException {
        d.heading(2, "Task: " + t.task());
        List<List<String>> head = new ArrayList<>();
        head.add(List.of("model", Numbers.f3(t.metrics().accuracy()), Numbers.f3(t.metrics().macroF1()),
                Numbers.interval(t.macroF1Interval())));
        t.baselines().forEach((name, b) -> head.add(List.of("baseline: " + name, Numbers.f3(b.accuracy()),
                Numbers.f3(b.macroF1()), Numbers.interval(b.macroF1Interval()))));
        d.table(List.of("system", "accuracy", "macro-F1", "95% interval"), head);
        if (t.task().equals("stance")) {
            d.paragraph(t.fAvgClasses().isEmpty() ? "F_avg: not computed (the schema names no polar_stances)."
                    : "F_avg (mean F1 of " + org.arstance.io.Prose.list(t.fAvgClasses(), "and") + ", the SemEval-2016 measure): "
                    + Numbers.f3(t.fAvg()) + ".");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, ClassMetrics> e : t.metrics().perClass().entrySet()) {
            ClassMetrics c = e.getValue();
            rows.add(List.of(e.getKey(), Numbers.f3(c.precision()), Numbers.f3(c.recall()), Numbers.f3(c.f1()),
                    String.valueOf(c.support())));
        }
        d.table(List.of("class", "precision", "recall", "F1", "support"), rows);
        if (!t.metrics().absent().isEmpty()) {
            d.paragraph("Classes with no gold held-out paragraph (left out of macro-F1): " + String.join(", ", t.metrics().absent()) + ".");
        }
        if (t.task().equals("source")) {
            return;
        }
        image(d, dir, "confusion-" + t.task() + ".png", Charts.confusion(t.task(), t.metrics()), t.task() + " confusion matrix");
        image(d, dir, "f1-" + t.task() + ".png", Charts.f1Bars(t.task(), t.metrics(), 1), t.task() + " F1 per class");
    }

    /** Attribution: support-5 macro-F1, rules vs model vs combined, and whether a source was found at all. */
    private static void source(ReportDocument d, Path dir, EvaluationResult r, TaskResult t) throws IOException {
        List<String> actors = sourceActors(t.metrics(), r.noSource());
        Interval actorsCi = sourceMacroF1Interval(r, t);
        d.paragraph("Source macro-F1 over the " + actors.size() + " actors with at least " + SOURCE_MIN_SUPPORT
                + " held-out paragraphs: " + Numbers.f3(sourceMacroF1(t.metrics(), r.noSource())) + " "
                + Numbers.interval(actorsCi) + " (no source, '" + r.noSource()
                + "', is not an actor and is not averaged in; it has its own table below). Which actors count depends on the "
                + "held-out paragraphs, so this figure compares only between evaluations of the same paragraphs. "
                + "Configured attribution: " + r.config().attribution().mode() + ".");
        d.paragraph("The attribution rules are hand-written, not trained: no fold fits them, so their scores here are held-out "
                + "only for paragraphs nobody read while writing them. arstance's own lexicon and gazetteer were written by "
                + "reading errors on arstance's labelled paragraphs; on those paragraphs the rules' scores (and the stance "
                + "model's, which takes the rules' source as a feature) are in-sample for the rules and optimistic. Compare "
                + "the learned extractor with the rules with that in mind.");
        List<String> gold = r.predictions().stream().map(HeldOutPrediction::goldSource).toList();
        List<String> labels = new ArrayList<>(t.metrics().perClass().keySet());
        List<List<String>> rows = new ArrayList<>();
        for (String mode : List.of("rules", "model", "combined")) {
            List<String> pred = r.predictions().stream().map(p -> switch (mode) {
                case "rules" -> p.sourceByRules();
                case "model" -> p.sourceByModel();
                default -> p.sourceCombined();
            }).toList();
            TaskMetrics m = TaskMetrics.of(gold, pred, labels);
            rows.add(List.of(mode.equals("rules") ? "rules alone" : mode.equals("model") ? "learned extractor alone"
                    : "rules, then the learned extractor where they find no speaker", Numbers.f3(m.accuracy()),
                    Numbers.f3(sourceMacroF1(m, r.noSource())), Numbers.f3(m.macroF1(1, r.noSource()))));
        }
        d.table(List.of("attribution", "accuracy", "macro-F1 (actors with support ≥ " + SOURCE_MIN_SUPPORT + ")",
                "macro-F1 (all actors present)"), rows);
        Map<String, Integer> nv = TaskMetrics.noneVersusActor(gold,
                r.predictions().stream().map(HeldOutPrediction::source).toList(), r.noSource());
        d.paragraph("Finding a source at all (none against any actor), on its own:");
        d.table(List.of("", "predicted none", "predicted an actor"), List.of(
                List.of("gold none", String.valueOf(nv.get("gold_none/predicted_none")), String.valueOf(nv.get("gold_none/predicted_actor"))),
                List.of("gold an actor", String.valueOf(nv.get("gold_actor/predicted_none")), String.valueOf(nv.get("gold_actor/predicted_actor")))));
        image(d, dir, "f1-source.png", Charts.f1Bars("source (support ≥ " + SOURCE_MIN_SUPPORT + ")", t.metrics(), SOURCE_MIN_SUPPORT),
                "source F1 per actor with support ≥ " + SOURCE_MIN_SUPPORT);
    }

    private static void topFeatures(ReportDocument d, TaskResult t) {
        if (t.topFeatures().isEmpty()) {
            return;
        }
        d.heading(2, "Top features per class: " + t.task());
        d.paragraph("From the model trained on all paragraphs: each feature's weight for the class minus its mean weight "
                + "over classes (w: word n-gram after analysis, c: character n-gram).");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, List<Evidence>> e : t.topFeatures().entrySet()) {
            rows.add(List.of(e.getKey(), String.join("  ·  ", e.getValue().stream()
                    .map(ev -> ev.feature() + " (" + Numbers.f3(ev.weight()) + ")").toList())));
        }
        d.table(List.of("class", "features"), rows);
    }

    private static void worstErrors(ReportDocument d, EvaluationResult r, String task) {
        if (task.equals("source")) {
            return;
        }
        boolean topic = task.equals("topic");
        List<HeldOutPrediction> wrong = r.predictions().stream()
                .filter(p -> topic ? !p.topic().equals(p.goldTopic()) : !p.stance().equals(p.goldStance()))
                .sorted(Comparator.comparingDouble((HeldOutPrediction p) -> topic ? p.topicProbability() : p.stanceProbability())
                        .reversed().thenComparing(HeldOutPrediction::id))
                .limit(WORST_ERRORS).toList();
        d.heading(2, "Worst errors: " + task);
        if (wrong.isEmpty()) {
            d.paragraph("No error.");
            return;
        }
        d.paragraph("The held-out paragraphs the model got wrong with the most confidence.");
        List<List<String>> rows = new ArrayList<>();
        for (HeldOutPrediction p : wrong) {
            String text = p.text() == null ? "(a corpus paragraph: its text is not reproduced in reports)" : p.text();
            rows.add(List.of(p.id(), topic ? p.goldTopic() : p.goldStance(), topic ? p.topic() : p.stance(),
                    Numbers.f3(topic ? p.topicProbability() : p.stanceProbability()),
                    text.length() > TEXT_CHARS ? text.substring(0, TEXT_CHARS) + " …" : text));
        }
        d.table(List.of("paragraph", "gold", "predicted", "probability", "text"), rows);
    }

    private static void image(ReportDocument d, Path dir, String name, byte[] png, String alt) throws IOException {
        Files.write(dir.resolve(name), png);
        d.image(name, png, alt);
    }
}

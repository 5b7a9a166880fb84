package org.arstance.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.arstance.corpus.BenchmarkExample;
import org.arstance.corpus.BenchmarkReader;
import org.arstance.corpus.BenchmarkSchema;
import org.arstance.evaluation.BenchmarkScore;
import org.arstance.evaluation.ClassMetrics;
import org.arstance.evaluation.Interval;
import org.arstance.models.CandidateConfig;

/**
 * The report of one public-benchmark run: {@code metrics.json} (no times, so the same data,
 * config and seed give the same bytes), {@code report.md} with its charts and a self-contained
 * {@code report.html}. It sets arstance's test score beside the scikit-learn reference run on the
 * same split and beside the published numbers, each with its source. No text of the data is
 * written, only ids, counts and scores.
 *
 * <p>A verdict against a quoted number says "above" only when the 95% interval's lower bound is
 * above it (the quoted number comes with no interval or predictions, so no paired test is
 * possible); one against the same-run reference rests on the paired bootstrap test of the
 * difference in the primary metric. What a run cannot know about itself, how often the test
 * split was scored before, is the config's {@code disclosure}, printed under its own heading.
 */
public final class BenchmarkReport {

    /** Where the score tables hold macro-F1, after the system's name, its kind and the primary metric. */
    private static final int MACRO_F1_COLUMN = 3;
    /** A benchmark report folder holds the files an evaluation report folder does ({@link ReportWriter#MARKS}). */
    public static final List<String> MARKS = ReportWriter.MARKS;

    /** One candidate's model-selection scores. */
    public record Selection(CandidateConfig candidate, double primary, double macroF1, double accuracy) {
    }

    /**
     * The reference run's scores, or why it did not run.
     *
     * @param pValue      paired bootstrap p-value of the difference in the benchmark's primary metric
     *                    (F_avg or macro-F1) between arstance and the reference
     * @param predictions its label for each test example, for the run's {@code predictions.jsonl}
     *                    (null when it did not run)
     */
    public record Peer(String system, JsonNode settings, BenchmarkScore score, String failure, double pValue, List<String> predictions) {
    }

    /**
     * A number from outside this run, with where it comes from.
     *
     * @param compare   it is in the units of the benchmark's primary metric, so the verdict weighs
     *                  arstance's score against it
     * @param sameSplit it was measured on this benchmark's test split; a compared number from
     *                  another split gets no above or below, only "not comparable on the same split"
     */
    public record Quoted(String system, String metric, double value, String source, boolean compare, boolean sameSplit) {
    }

    /**
     * How the test scores' intervals and paired tests resample: {@code resamples} draws (seeded) of
     * {@code units} units, which hold the {@code examples} test examples (copies of one text are one unit).
     */
    public record Resampling(int resamples, long seed, int examples, int units) {
    }

    private final String name;
    private final String description;
    private final String configFile;
    private final BenchmarkSchema schema;
    private final long seed;
    private final BenchmarkReader.Data data;
    private final String protocol;
    private final List<Selection> selection;
    private final String chosen;
    private final List<String> finalTraining;
    private final int finalSize;
    private final BenchmarkScore score;
    private final Resampling resampling;
    private final Peer peer;
    private final List<Quoted> published;
    private final List<Quoted> references;
    private final List<Quoted> targets;
    private final String disclosure;

    public BenchmarkReport(String name, String description, String configFile, BenchmarkSchema schema, long seed,
                           BenchmarkReader.Data data, String protocol, List<Selection> selection, String chosen,
                           List<String> finalTraining, int finalSize, BenchmarkScore score, Resampling resampling, Peer peer,
                           List<Quoted> published, List<Quoted> references, List<Quoted> targets, String disclosure) {
        this.name = name;
        this.description = description;
        this.configFile = configFile;
        this.schema = schema;
        this.seed = seed;
        this.data = data;
        this.protocol = protocol;
        this.selection = List.copyOf(selection);
        this.chosen = chosen;
        this.finalTraining = List.copyOf(finalTraining);
        this.finalSize = finalSize;
        this.score = score;
        this.resampling = resampling;
        this.peer = peer;
        this.published = List.copyOf(published);
        this.references = List.copyOf(references);
        this.targets = List.copyOf(targets);
        this.disclosure = disclosure == null ? "" : disclosure;
    }

    public void write(Path dir) throws IOException {
        Files.write(dir.resolve(ReportWriter.METRICS), ReportWriter.pretty(metrics()));
        ReportDocument d = document(dir);
        Files.writeString(dir.resolve(ReportWriter.REPORT), d.markdown());
        Files.writeString(dir.resolve("report.html"), d.html("arstance benchmark: " + name));
    }

    private String metricName() {
        return schema.primaryMetric().equals(BenchmarkSchema.F_AVG)
                ? "F_avg (mean F1 of " + String.join(", ", schema.positiveClasses()) + ")" : "macro-F1 (" + schema.labels().size() + " classes)";
    }

    /** The primary metric's short name in sentences: F_avg or macro-F1. */
    static String shortMetricName(String primaryMetric) {
        return primaryMetric.equals(BenchmarkSchema.F_AVG) ? "F_avg" : "macro-F1";
    }

    private Map<String, Object> metrics() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("benchmark", name);
        m.put("description", description);
        m.put("disclosure", disclosure.isBlank() ? null : disclosure);
        m.put("config", configFile);
        m.put("schema", schema.file().toString());
        m.put("seed", seed);
        List<Object> files = new ArrayList<>();
        data.sha256().forEach((f, h) -> files.add(ordered("path", f, "sha256", h)));
        m.put("data_files", files);
        if (schema.randomSplit() != null) {
            m.put("random_split", ordered("from", schema.randomSplit().from(), "test_fraction", schema.randomSplit().testFraction(),
                    "by", String.valueOf(schema.idColumn()), "seed", seed));
        }
        Map<String, Object> splits = new LinkedHashMap<>();
        data.splits().forEach((k, v) -> splits.put(k, ordered("n", v.size(), "labels", labelCounts(v))));
        m.put("splits", splits);
        m.put("primary_metric", schema.primaryMetric());
        m.put("positive_classes", schema.positiveClasses());
        Map<String, Object> sel = new LinkedHashMap<>();
        sel.put("protocol", protocol);
        List<Object> rows = new ArrayList<>();
        for (Selection s : selection) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("candidate", s.candidate().name());
            r.put(schema.primaryMetric(), Numbers.round6(s.primary()));
            r.put("macro_f1", Numbers.round6(s.macroF1()));
            r.put("accuracy", Numbers.round6(s.accuracy()));
            r.put("settings", s.candidate());
            rows.add(r);
        }
        sel.put("candidates", rows);
        sel.put("chosen", chosen);
        m.put("selection", sel);
        m.put("final_training", ordered("splits", finalTraining, "n", finalSize, "candidate", chosen));
        m.put("bootstrap", ordered("resamples", resampling.resamples(), "seed", resampling.seed(), "unit", UNIT,
                "test_examples", resampling.examples(), "test_units", resampling.units()));
        m.put("test", scoreJson(score));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("system", peer.system());
        p.put("settings", peer.settings());
        if (peer.failure() != null) {
            p.put("not_run", peer.failure());
        } else {
            p.put("test", scoreJson(peer.score()));
            p.put("paired_p_" + schema.primaryMetric(), Numbers.round6(peer.pValue()));
        }
        m.put("peer", p);
        m.put("published", quotedJson(published));
        m.put("references", quotedJson(references));
        m.put("targets", quotedJson(targets));
        m.put("verdict", verdict());
        return m;
    }

    /** A map in the order its keys are given (Map.of's order changes from run to run). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static List<Object> quotedJson(List<Quoted> list) {
        List<Object> out = new ArrayList<>();
        for (Quoted q : list) {
            out.add(ordered("system", q.system(), "metric", q.metric(), "value", q.value(), "source", q.source(),
                    "compare", q.compare(), "same_split", q.sameSplit()));
        }
        return out;
    }

    private static Map<String, Integer> labelCounts(List<BenchmarkExample> v) {
        Map<String, Integer> c = new TreeMap<>();
        v.forEach(e -> c.merge(e.label(), 1, Integer::sum));
        return c;
    }

    private static Map<String, Object> scoreJson(BenchmarkScore s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", s.metrics().n());
        m.put(s.primaryMetric(), Numbers.round6(s.primary()));
        m.put(s.primaryMetric() + "_ci", Numbers.interval6(s.primaryCi()));
        m.put("macro_f1", Numbers.round6(s.macroF1()));
        m.put("macro_f1_ci", Numbers.interval6(s.macroF1Ci()));
        m.put("accuracy", Numbers.round6(s.accuracy()));
        Map<String, Object> per = new LinkedHashMap<>();
        for (Map.Entry<String, ClassMetrics> e : s.metrics().perClass().entrySet()) {
            per.put(e.getKey(), ordered("precision", Numbers.round6(e.getValue().precision()), "recall",
                    Numbers.round6(e.getValue().recall()), "f1", Numbers.round6(e.getValue().f1()), "support", e.getValue().support()));
        }
        m.put("per_class", per);
        m.put("confusion", s.metrics().confusion());
        return m;
    }

    private ReportDocument document(Path dir) throws IOException {
        ReportDocument d = new ReportDocument();
        d.heading(1, "arstance benchmark: " + name);
        if (!description.isEmpty()) {
            d.paragraph(description);
        }
        d.heading(2, "Side by side on the test split");
        d.paragraph("Primary metric: " + metricName() + ". " + intervalsSentence(resampling, schema.text2Column() != null)
                + " Each test example's gold label, arstance's and the reference's predictions and its resampling unit are in "
                + "predictions.jsonl (ids and labels only), so every score, interval and p-value here can be recomputed."
                + " arstance and scikit-learn rows come from the run that wrote this report, on the same split; other rows are "
                + "quoted, with their source.");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("arstance (" + chosen + ")", "this run", Numbers.f3(score.primary()) + " " + Numbers.interval(score.primaryCi()),
                Numbers.f3(score.macroF1()) + " " + Numbers.interval(score.macroF1Ci()), Numbers.f3(score.accuracy()),
                "this run (" + configFile + ")"));
        if (peer.failure() == null) {
            BenchmarkScore p = peer.score();
            rows.add(List.of(peer.system(), "this run, same split", Numbers.f3(p.primary()) + " " + Numbers.interval(p.primaryCi()),
                    Numbers.f3(p.macroF1()) + " " + Numbers.interval(p.macroF1Ci()), Numbers.f3(p.accuracy()),
                    "this run (" + peer.settings().path("script").asText("experiments/peers/sklearn_benchmark.py") + ")"));
        } else {
            rows.add(List.of(peer.system(), peer.failure(), "—", "—", "—", "—"));
        }
        for (Quoted q : references) {
            rows.add(quotedRow(q, "reference, quoted" + (q.sameSplit() ? "" : ", another split")));
        }
        for (Quoted q : published) {
            rows.add(quotedRow(q, "published, quoted" + (q.sameSplit() ? "" : ", another split")));
        }
        scoreTable(d, schema.primaryMetric(), List.of("system", "kind", metricName() + " [95% interval]", "macro-F1 [95% interval]",
                "accuracy", "source"), rows);
        d.bullets(List.of(
                "Quoted numbers are in their source's own units and split; they are not recomputed here.",
                "This run scores the chosen candidate on the test split once; selection used training data only ("
                        + protocol + "). Whether earlier runs scored this test split is not something a run can know: see Disclosure."));

        d.heading(2, "Verdict");
        d.bullets(verdict());

        d.heading(2, "Disclosure");
        d.paragraph(disclosure.isBlank()
                ? "None given: the config (" + configFile + ") has no disclosure, so this report cannot say how often the test "
                        + "split was scored before or what was changed after a test score was seen."
                : disclosure);

        d.heading(2, "Data");
        List<String> bullets = new ArrayList<>();
        bullets.add("Schema: " + schema.file() + "; config: " + configFile + "; seed " + seed + ".");
        data.sha256().forEach((f, h) -> bullets.add("Input " + f + " (under the data directory): SHA-256 " + h));
        if (schema.randomSplit() != null) {
            bullets.add("No official test split: " + schema.randomSplit().from() + " split " + Math.round(100 * (1 - schema.randomSplit().testFraction()))
                    + "/" + Math.round(100 * schema.randomSplit().testFraction()) + " by " + schema.idColumn()
                    + ", copies of one article (the same value of a text column under another id) kept on one side"
                    + " (seeded shuffle of the sorted units, seed " + seed + "); the ids of each side are in split.json.");
        }
        bullets.add("Test examples whose text (white space aside) is also in another split: "
                + Numbers.count(data.copiesInOtherSplits("test")) + " of " + Numbers.count(data.split("test").size())
                + (schema.randomSplit() == null ? " (the official split, kept as published)." : "."));
        bullets.addAll(schema.notes());
        d.bullets(bullets);
        List<List<String>> sizes = new ArrayList<>();
        data.splits().forEach((k, v) -> {
            List<String> r = new ArrayList<>(List.of(k, String.valueOf(v.size())));
            Map<String, Integer> c = labelCounts(v);
            schema.labels().forEach(l -> r.add(String.valueOf(c.getOrDefault(l, 0))));
            sizes.add(r);
        });
        List<String> header = new ArrayList<>(List.of("split", "examples"));
        header.addAll(schema.labels());
        d.table(header, sizes);

        d.heading(2, "Model selection (training data only)");
        d.paragraph("Protocol: " + protocol + ". Chosen: the candidate with the highest " + schema.primaryMetric()
                + " (ties: the first declared). Final model: " + chosen + ", fitted once on " + String.join(" + ", finalTraining)
                + " (" + finalSize + " examples).");
        selectionTable(d, schema.primaryMetric(), selection, chosen);

        d.heading(2, "arstance on test, per class");
        List<List<String>> per = new ArrayList<>();
        score.metrics().perClass().forEach((k, v) -> per.add(List.of(k, Numbers.f3(v.precision()), Numbers.f3(v.recall()),
                Numbers.f3(v.f1()), String.valueOf(v.support()))));
        d.table(List.of("class", "precision", "recall", "F1", "support"), per);
        byte[] confusion = Charts.confusion(name, score.metrics());
        Files.write(dir.resolve("confusion.png"), confusion);
        d.image("confusion.png", confusion, name + ": confusion on test (rows gold, columns predicted)");
        if (peer.failure() == null) {
            d.heading(2, "The scikit-learn reference's settings");
            d.paragraph(peer.system() + ": " + org.arstance.io.Json.line(peer.settings()));
        }
        return d;
    }

    /** Below this paired-bootstrap p, a difference from the same-run reference is called significant. */
    static final double SIGNIFICANCE = 0.05;
    /** What one resampling unit of a benchmark's test split is, in metrics.json. */
    static final String UNIT = "the copies of one text (the same text, and second text of a pair, white space aside); "
            + "any other example is a unit of its own";

    /** The report's sentence on how intervals were computed. */
    static String intervalsSentence(Resampling r, boolean pairs) {
        int copies = r.examples() - r.units();
        return "Intervals: 95% percentile bootstrap, " + Numbers.count(r.resamples()) + " seeded resamples (seed " + r.seed()
                + ") of the test split's units: the copies of one text (the same text" + (pairs ? " and second text" : "")
                + ", white space aside) are one unit, resampled together, and every other example is a unit of its own; here "
                + Numbers.count(r.examples()) + " test examples in " + Numbers.count(r.units()) + " units"
                + (copies == 0 ? " (no two test examples are copies)." : ".")
                + " The paired test against the scikit-learn reference resamples the same units.";
    }

    /** Plain sentences: arstance against the same-run reference, the comparable quoted numbers and the targets. */
    private List<String> verdict() {
        List<String> out = new ArrayList<>();
        String metric = shortMetricName(schema.primaryMetric());
        if (peer.failure() == null) {
            out.add(peerVerdict(peer.system(), metric, score.primary(), peer.score().primary(), peer.pValue()));
        } else {
            out.add("The scikit-learn reference did not run (" + peer.failure() + ").");
        }
        for (Quoted q : references) {
            if (q.compare()) {
                out.add(quotedVerdict(q, metric, score.primary(), score.primaryCi()));
            }
        }
        for (Quoted q : published) {
            if (q.compare()) {
                out.add(quotedVerdict(q, metric, score.primary(), score.primaryCi()));
            }
        }
        for (Quoted q : targets) {
            out.add(targetVerdict(q, score.primary(), score.primaryCi()));
        }
        return out;
    }

    /**
     * arstance against the same-run reference: above or not by the point estimates, and whether the
     * paired bootstrap test (on the primary metric, named) calls the difference significant.
     */
    static String peerVerdict(String system, String metric, double ours, double theirs, double p) {
        boolean above = ours > theirs;
        boolean significant = p < SIGNIFICANCE;
        String test = "paired bootstrap test on the " + metric + " difference: p " + (p < 0.001 ? "< 0.001" : "= " + Numbers.f3(p))
                + (significant ? "" : ", not below " + SIGNIFICANCE);
        String call;
        if (above) {
            call = significant ? "above, a significant difference (" + test + ")"
                    : "the point estimate is above, but not a significant difference (" + test + ")";
        } else {
            call = significant ? "NOT above: below, a significant difference (" + test + ")"
                    : "NOT above (the point estimate is not above; not a significant difference: " + test + ")";
        }
        return "Against " + system + " (this run, same split): arstance " + metric + " " + Numbers.f3(ours) + " vs "
                + Numbers.f3(theirs) + ": " + call + ".";
    }

    /**
     * arstance against a quoted number: "above" only when the 95% interval's lower bound is above it;
     * a number from another split is not comparable on the same split and gets no above or below.
     */
    static String quotedVerdict(Quoted q, String metric, double ours, Interval ci) {
        String v = quotedValue(q.value());
        String head = "Against " + q.system() + " (" + q.source() + "): ";
        String arstance = "arstance " + metric + " " + Numbers.f3(ours) + " " + Numbers.interval(ci);
        if (!q.sameSplit()) {
            return head + "not comparable on the same split: the quoted " + v + " was measured on another split of the data, "
                    + "so it gets no above or below (" + arstance + " on this split).";
        }
        String call;
        if (ci.lower() > q.value()) {
            call = "above: the 95% interval's lower bound is above the quoted number";
        } else if (ours > q.value()) {
            call = "the point estimate is above, but the 95% interval contains " + v + ": not a significant difference";
        } else if (ci.upper() >= q.value()) {
            call = "NOT above: the point estimate is not above, and the 95% interval contains " + v + " (not a significant difference)";
        } else {
            call = "NOT above: below, the 95% interval's upper bound is below the quoted number";
        }
        return head + arstance + " vs " + v + ": " + call + " (the quoted number comes without an interval).";
    }

    /** A target is met when the point estimate reaches it; the interval is shown, and said when it reaches below. */
    static String targetVerdict(Quoted q, double ours, Interval ci) {
        String v = quotedValue(q.value());
        String where = Numbers.f3(ours) + " " + Numbers.interval(ci);
        String call = ours < q.value() ? "NOT met (" + where + ")"
                : ci.lower() < q.value() ? "met by the point estimate (" + where + "; the 95% interval reaches below " + v + ")"
                : "met (" + where + ")";
        return "Target " + q.metric() + " ≥ " + v + " (" + q.source() + "): " + call + ".";
    }

    /** A quoted number as its source gives it: 0.46, 76.7 (no trailing zeros, no binary noise). */
    static String quotedValue(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static List<String> quotedRow(Quoted q, String kind) {
        return List.of(q.system(), kind, q.metric() + ": " + q.value(), "—", "—", q.source());
    }

    /**
     * The selection table: each candidate, what it is and its selection scores, the chosen one
     * marked.
     */
    public static ReportDocument selectionTable(ReportDocument d, String metric, List<Selection> selection, String chosen) {
        List<List<String>> sel = new ArrayList<>();
        for (Selection s : selection) {
            CandidateConfig c = s.candidate();
            sel.add(List.of(c.name() + (c.name().equals(chosen) ? " (chosen)" : ""), describe(c), Numbers.f3(s.primary()),
                    Numbers.f3(s.macroF1()), Numbers.f3(s.accuracy())));
        }
        return scoreTable(d, metric, List.of("candidate", "what it is", metric + " (selection)", "macro-F1 (selection)",
                "accuracy (selection)"), sel);
    }

    /**
     * A table whose third column is the primary metric and fourth macro-F1: the fourth is left out
     * when the primary metric is macro-F1 already.
     */
    private static ReportDocument scoreTable(ReportDocument d, String metric, List<String> header, List<List<String>> rows) {
        if (!metric.equals(BenchmarkSchema.MACRO_F1)) {
            return d.table(header, rows);
        }
        List<List<String>> kept = new ArrayList<>();
        for (List<String> row : Stream.concat(Stream.of(header), rows.stream()).toList()) {
            List<String> k = new ArrayList<>(row);
            k.remove(MACRO_F1_COLUMN);
            kept.add(k);
        }
        return d.table(kept.get(0), kept.subList(1, kept.size()));
    }

    static String describe(CandidateConfig c) {
        List<String> parts = new ArrayList<>();
        parts.add("word 1-" + c.features().wordNgramMax() + (c.features().charNgrams()
                ? " + char " + c.features().charNgramMin() + "-" + c.features().charNgramMax() : "") + " TF-IDF (min_df "
                + c.features().minDf() + ")");
        if (c.pairDifference()) {
            parts.add("words in one sentence only");
        }
        if (c.nbFeatures()) {
            parts.add("NB log-count ratio, one-vs-rest");
        }
        if (!c.stackAuxiliary().isEmpty()) {
            parts.add("stacked out-of-fold predictions of " + String.join(", ", c.stackAuxiliary()));
        }
        parts.add(c.perGroup() ? "one model per group" : c.groupIndicator() ? "pooled + group indicator" : "pooled");
        List<String> models = c.models().stream().map(m -> m.trainer().id() + (m.trainer().id().startsWith("lin")
                || m.trainer().id().startsWith("liblinear") ? " C=" + m.cost() : "") + (m.balanced() ? " balanced" : "")).toList();
        parts.add((models.size() > 1 ? "average of " : "") + String.join(" + ", models));
        return String.join("; ", parts);
    }
}

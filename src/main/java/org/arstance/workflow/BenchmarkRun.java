package org.arstance.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.arstance.corpus.BenchmarkExample;
import org.arstance.corpus.BenchmarkReader;
import org.arstance.corpus.BenchmarkSchema;
import org.arstance.evaluation.BenchmarkScore;
import org.arstance.evaluation.Bootstrap;
import org.arstance.evaluation.TaskMetrics;
import org.arstance.io.AtomicDirectory;
import org.arstance.io.Json;
import org.arstance.io.Parallel;
import org.arstance.io.UserInputException;
import org.arstance.models.CandidateConfig;
import org.arstance.models.CandidateTrainer;
import org.arstance.models.ExampleFeatures;
import org.arstance.models.StratifiedFolds;
import org.arstance.report.BenchmarkLeaderboard;
import org.arstance.report.BenchmarkReport;
import org.arstance.report.ReportWriter;

/**
 * Runs one public benchmark as its {@link BenchmarkSpec} declares: reads the splits, selects a
 * candidate on the training data only (k-fold inside the training split, or the dev split), fits
 * the chosen candidate once on the final training splits, scores it once on the test split (the
 * bootstrap resampling copies of one text together), runs the scikit-learn reference on the same
 * split and tests the difference in the primary metric, and writes {@code OUT/NAME/} (swapped in whole)
 * and the leaderboard of every benchmark under {@code OUT}. {@link #select()} stops after the
 * selection: it neither fits the final model nor reads a test score. A fitted candidate never
 * sees the auxiliary labels of what it predicts ({@link CandidateTrainer#fit}).
 */
public final class BenchmarkRun {

    private final BenchmarkSpec spec;
    private final BenchmarkSchema schema;
    private final Path dataDir;
    private final Consumer<String> progress;
    private final Map<String, ExampleFeatures> features = new HashMap<>();

    /**
     * The outcome of model selection on training data only.
     *
     * @param protocol how the candidates were scored
     * @param metric   the primary metric that chose
     * @param table    every candidate's selection scores, in the declared order
     * @param chosen   the candidate with the highest primary score (ties: the first declared)
     */
    public record Selected(String protocol, String metric, List<BenchmarkReport.Selection> table, CandidateConfig chosen) {
    }

    public BenchmarkRun(BenchmarkSpec spec, Path dataDir, Consumer<String> progress) {
        this.spec = spec;
        this.schema = BenchmarkSchema.load(spec.schema());
        this.dataDir = dataDir;
        this.progress = progress;
    }

    /** Model selection only: reads the data and scores every candidate on the training data; no final fit, no test. */
    public Selected select() {
        return select(read());
    }

    public Path run(Path outRoot) {
        long start = System.nanoTime();
        Path target = outRoot.resolve(spec.name());
        AtomicDirectory.requireReplaceable(target, BenchmarkReport.MARKS);
        BenchmarkReader.Data data = read();
        List<BenchmarkExample> test = data.split("test");
        Selected selected = select(data);
        String protocol = selected.protocol();
        List<BenchmarkReport.Selection> table = selected.table();
        CandidateConfig chosen = selected.chosen();
        List<BenchmarkExample> finalTrain = new ArrayList<>();
        for (String s : spec.finalTraining()) {
            finalTrain.addAll(data.split(s));
        }
        progress.accept("final fit of " + chosen.name() + " on " + String.join("+", spec.finalTraining()) + " ("
                + finalTrain.size() + " examples), one evaluation on test (" + test.size() + ")");
        List<String> predicted = trainer(chosen).fit(finalTrain).predict(test);
        List<String> gold = test.stream().map(BenchmarkExample::label).toList();
        Bootstrap bootstrap = testBootstrap(test, spec.seed());
        BenchmarkScore score = BenchmarkScore.of(gold, predicted, schema, bootstrap);
        BenchmarkReport.Resampling resampling = new BenchmarkReport.Resampling(bootstrap.resamples(), spec.seed(), test.size(),
                bootstrap.unitCount(test.size()));

        AtomicDirectory.write(target, BenchmarkReport.MARKS, dir -> {
            Files.write(dir.resolve("split.json"), ReportWriter.pretty(splitFile(data)));
            progress.accept("peer: " + spec.peer().path("script").asText("(none)"));
            BenchmarkReport.Peer peer = peer(dir, test, gold, predicted, bootstrap);
            try (java.io.Writer w = Files.newBufferedWriter(dir.resolve("predictions.jsonl"))) {
                Json.writeLines(w, predictionLines(test, bootstrap.unitOf(test.size()), gold, predicted, peer.predictions()));
            }
            new BenchmarkReport(spec.name(), spec.description(), spec.file().toString(), schema, spec.seed(), data,
                    protocol, table, chosen.name(), spec.finalTraining(), finalTrain.size(), score, resampling, peer,
                    spec.published(), spec.references(), spec.targets(), spec.disclosure()).write(dir);
        });
        BenchmarkLeaderboard.write(outRoot);
        progress.accept(spec.name() + ": done in " + (System.nanoTime() - start) / 1_000_000_000 + " s (timing on stderr only)");
        return target;
    }

    /**
     * One JSON line per test example: its id, its resampling unit (the copies of one text share one;
     * {@link Bootstrap#unitOf}), the gold label, arstance's prediction and the reference's (null when
     * it did not run). Ids and labels only: no corpus text.
     */
    private static List<PredictionLine> predictionLines(List<BenchmarkExample> test, int[] unit, List<String> gold,
                                                        List<String> ours, List<String> peer) {
        List<PredictionLine> lines = new ArrayList<>(test.size());
        for (int i = 0; i < test.size(); i++) {
            lines.add(new PredictionLine(test.get(i).id(), unit[i], gold.get(i), ours.get(i), peer == null ? null : peer.get(i)));
        }
        return lines;
    }

    /** One line of a benchmark report's {@code predictions.jsonl}. */
    private record PredictionLine(String id, int unit, String gold, String arstance, String reference) {
    }

    /**
     * The bootstrap of a test split's scores: whole units are resampled, a unit being the copies of
     * one text ({@link BenchmarkExample#copyKey()}, white space aside), so that copies, whose
     * predictions are one, are drawn together; an example with no copy is a unit of its own.
     */
    public static Bootstrap testBootstrap(List<BenchmarkExample> test, long seed) {
        return new Bootstrap(Bootstrap.RESAMPLES, seed, test.stream().map(BenchmarkExample::copyKey).toList());
    }

    private BenchmarkReader.Data read() {
        progress.accept(spec.name() + ": reading " + schema.name() + " from " + dataDir);
        BenchmarkReader.Data data = new BenchmarkReader(schema, dataDir).read(spec.seed());
        data.splits().forEach((k, v) -> progress.accept("  " + k + ": " + v.size() + " examples"));
        return data;
    }

    /** Scores every candidate on the training data only (k-fold inside train, or the dev split). */
    private Selected select(BenchmarkReader.Data data) {
        List<BenchmarkExample> train = data.split("train");
        List<BenchmarkReport.Selection> table = new ArrayList<>();
        String protocol;
        if (spec.selectionKind().equals("kfold")) {
            protocol = spec.folds() + "-fold cross-validation inside the training split (stratified by label, copies of one text in one fold, seed "
                    + spec.seed() + "); every transformation fitted on each fold's training side only";
        } else {
            protocol = "fit on the training split, scored on the official " + spec.selectionSplit() + " split";
        }
        int best = -1;
        for (int c = 0; c < spec.candidates().size(); c++) {
            CandidateConfig cand = spec.candidates().get(c);
            progress.accept("candidate " + (c + 1) + "/" + spec.candidates().size() + ": " + cand.name());
            List<String> gold;
            List<String> predicted;
            if (spec.selectionKind().equals("kfold")) {
                gold = train.stream().map(BenchmarkExample::label).toList();
                predicted = crossValidate(cand, train);
            } else {
                List<BenchmarkExample> dev = data.split(spec.selectionSplit());
                gold = dev.stream().map(BenchmarkExample::label).toList();
                predicted = trainer(cand).fit(train).predict(dev);
            }
            TaskMetrics m = TaskMetrics.of(gold, predicted, schema.labels());
            double primary = BenchmarkScore.primary(m, schema);
            table.add(new BenchmarkReport.Selection(cand, primary, m.macroF1(), m.accuracy()));
            progress.accept("  " + schema.primaryMetric() + " " + String.format(Locale.ROOT, "%.4f", primary));
            if (best < 0 || primary > table.get(best).primary()) {
                best = c;
            }
        }
        return new Selected(protocol, schema.primaryMetric(), List.copyOf(table), spec.candidates().get(best));
    }

    private CandidateTrainer trainer(CandidateConfig c) {
        ExampleFeatures f = features.computeIfAbsent(ExampleFeatures.key(c),
                k -> new ExampleFeatures(c.analysis(), c.features(), schema.negationWords(), c.pairDifference()));
        return new CandidateTrainer(c, f, spec.seed());
    }

    /** Out-of-fold predictions for every training example, the folds run side by side. */
    private List<String> crossValidate(CandidateConfig cand, List<BenchmarkExample> train) {
        int[] fold = StratifiedFolds.assign(train.stream().map(BenchmarkExample::label).toList(),
                train.stream().map(BenchmarkExample::copyKey).toList(), spec.folds(), spec.seed());
        CandidateTrainer trainer = trainer(cand);
        String[] out = new String[train.size()];
        List<Callable<Void>> jobs = new ArrayList<>();
        for (int f = 0; f < spec.folds(); f++) {
            int held = f;
            jobs.add(() -> {
                List<BenchmarkExample> fit = new ArrayList<>();
                List<Integer> heldOut = new ArrayList<>();
                for (int i = 0; i < train.size(); i++) {
                    if (fold[i] == held) {
                        heldOut.add(i);
                    } else {
                        fit.add(train.get(i));
                    }
                }
                List<String> p = trainer.fit(fit).predict(heldOut.stream().map(train::get).toList());
                for (int i = 0; i < p.size(); i++) {
                    out[heldOut.get(i)] = p.get(i);
                }
                return null;
            });
        }
        Parallel.run(jobs);
        return List.of(out);
    }

    /** The split by example id, for the peer (no text: ids only). */
    private Map<String, Object> splitFile(BenchmarkReader.Data data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("benchmark", spec.name());
        m.put("schema", spec.schema().toString());
        m.put("seed", spec.seed());
        m.put("final_training", spec.finalTraining());
        m.put("test", "test");
        Map<String, List<String>> ids = new LinkedHashMap<>();
        data.splits().forEach((k, v) -> ids.put(k, v.stream().map(BenchmarkExample::id).toList()));
        m.put("splits", ids);
        m.put("peer", spec.peer());
        return m;
    }

    private BenchmarkReport.Peer peer(Path dir, List<BenchmarkExample> test, List<String> gold, List<String> ours,
                                      Bootstrap bootstrap) {
        JsonNode p = spec.peer();
        if (!p.hasNonNull("script")) {
            return new BenchmarkReport.Peer("scikit-learn reference", Json.MAPPER.createObjectNode(), null, "not run: no peer declared",
                    Double.NaN, null);
        }
        SklearnPeer.Invocation inv = SklearnPeer.invoke(Path.of(p.get("script").asText()), List.of(dir.toString(),
                "--data-dir", dataDir.toAbsolutePath().toString(), "--root", Path.of("").toAbsolutePath().toString()));
        String name = p.path("name").asText("scikit-learn reference");
        if (inv.failure() != null) {
            progress.accept("peer " + inv.failure());
            return new BenchmarkReport.Peer(name, p, null, inv.failure(), Double.NaN, null);
        }
        Map<String, String> byId = new HashMap<>();
        inv.json().path("predictions").forEach(x -> byId.put(x.path("id").asText(), x.path("label").asText()));
        List<String> predicted = new ArrayList<>();
        for (BenchmarkExample e : test) {
            String label = byId.get(e.id());
            if (label == null) {
                throw new UserInputException(p.get("script").asText() + ": the peer gave no prediction for test id " + e.id());
            }
            predicted.add(label);
        }
        String version = inv.json().path("sklearn_version").asText("");
        return new BenchmarkReport.Peer(name + (version.isEmpty() ? "" : " (scikit-learn " + version + ")"),
                inv.json().path("settings"), BenchmarkScore.of(gold, predicted, schema, bootstrap), null,
                BenchmarkScore.pairedPValue(schema, bootstrap, gold, ours, predicted), List.copyOf(predicted));
    }
}

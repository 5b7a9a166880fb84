package org.arstance.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.arstance.evaluation.EvaluationResult;
import org.arstance.evaluation.Evaluator;
import org.arstance.evaluation.HeldOutPrediction;
import org.arstance.evaluation.Protocol;
import org.arstance.evaluation.Baselines;
import org.arstance.io.AtomicDirectory;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.arstance.models.PipelineConfig;
import org.arstance.report.Leaderboard;
import org.arstance.report.ReportWriter;

/**
 * Runs every cell of an {@link ExperimentSpec}'s grid under its protocol and writes
 * {@code OUT/NAME/}: {@code leaderboard.md}, {@code leaderboard.html}, {@code leaderboard.json} and
 * {@code runs/RUN/} (each run's report folder). The whole folder is swapped into place when complete.
 */
public final class Experiment {

    private final ExperimentSpec spec;
    private final Consumer<String> progress;

    public Experiment(ExperimentSpec spec, Consumer<String> progress) {
        this.spec = spec;
        this.progress = progress;
    }

    public Path run(Path outRoot) {
        LabelSet labels = LabelSet.load(spec.labels(), spec.schema()).orThrow();
        Protocol protocol = Protocol.parse(spec.protocol());
        List<LabelRecord> holdout = protocol.kind() == Protocol.Kind.HOLDOUT
                ? LabelSet.load(List.of(protocol.holdout()), labels.schemaFile()).orThrow().records() : List.of();
        PipelineConfig base = PipelineConfig.defaults().with(spec.base(), spec.name() + ": base");
        List<String> names = new ArrayList<>();
        List<EvaluationResult> results = new ArrayList<>();
        List<String> trainers = spec.trainers().isEmpty() ? java.util.Collections.singletonList(null) : spec.trainers();
        int total = spec.analysis().size() * spec.features().size() * trainers.size();
        for (ExperimentSpec.Variant a : spec.analysis()) {
            for (ExperimentSpec.Variant f : spec.features()) {
                for (String t : trainers) {
                    String name = runName(a, f, t == null ? base.model().trainer().id() : t, trainers.size());
                    progress.accept("run " + (names.size() + 1) + "/" + total + ": " + name);
                    PipelineConfig config = base.with(ExperimentSpec.cell(a, f, t), spec.name() + ": " + name);
                    results.add(new Evaluator(labels.schema(), config, spec.seed(), spec.learningCurve(),
                            msg -> progress.accept("  " + msg)).evaluate(protocol, labels.records(), holdout,
                            labels.dataHash(), labels.files().stream().map(Path::toString).toList(),
                            labels.schemaFile().toString()));
                    names.add(name);
                }
            }
        }
        Path target = outRoot.resolve(spec.name());
        ReportWriter writer = new ReportWriter(labels.schema().dataNotes());
        AtomicDirectory.write(target, dir -> {
            List<Leaderboard.Row> rows = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                writer.writeInto(dir.resolve("runs").resolve(names.get(i)), results.get(i));
                rows.add(row(names.get(i), "arstance", "runs/" + names.get(i) + "/report.html", results.get(i)));
            }
            EvaluationResult first = results.get(0);
            List<String> ids = first.predictions().stream().map(HeldOutPrediction::id).toList();
            List<String> notes = new ArrayList<>(labels.schema().dataNotes());
            for (String which : List.of(Baselines.MAJORITY, Baselines.STRATIFIED)) {
                rows.add(new Leaderboard.Row("baseline: " + which, "baseline", "",
                        Baselines.predict(first.folds(), which, LabelRecord::topic, spec.seed()),
                        Baselines.predict(first.folds(), which, LabelRecord::stance, spec.seed())));
            }
            for (String peer : spec.peers()) {
                progress.accept("peer: " + peer);
                SklearnPeer.Result r = SklearnPeer.run(dir.resolve("runs").resolve(names.get(0)));
                if (r.failure() != null) {
                    notes.add(r.name() + ": " + r.failure());
                    progress.accept("peer " + peer + " " + r.failure());
                } else {
                    rows.add(new Leaderboard.Row(r.name(), "peer", SklearnPeer.SCRIPT.toString(),
                            SklearnPeer.column(r, ids, 0), SklearnPeer.column(r, ids, 1)));
                }
            }
            List<String> about = List.of(
                    "Experiment: " + spec.name() + (spec.description().isEmpty() ? "" : " — " + spec.description()),
                    "Data: " + first.n() + " labelled paragraphs from " + String.join(", ", first.labelFiles())
                            + " (SHA-256 " + first.dataHash() + ").",
                    "Protocol: " + protocol.spec() + " (" + protocol.describe() + "); seed " + spec.seed()
                            + "; every transformation is fit inside each training fold.",
                    "Grid: " + spec.analysis().size() + " analysis × " + spec.features().size() + " feature × "
                            + trainers.size() + " trainer settings = " + results.size() + " runs.");
            new Leaderboard("arstance experiment: " + spec.name(), about, first, rows, spec.rankBy(), notes)
                    .write(dir, labels.schema().topicIds(), labels.schema().stances());
        });
        return target;
    }

    private static Leaderboard.Row row(String name, String kind, String link, EvaluationResult r) {
        return new Leaderboard.Row(name, kind, link,
                r.predictions().stream().map(HeldOutPrediction::topic).toList(),
                r.predictions().stream().map(HeldOutPrediction::stance).toList());
    }

    /** The grid dimensions that vary, joined: a run's name says what sets it apart. */
    private String runName(ExperimentSpec.Variant a, ExperimentSpec.Variant f, String trainer, int trainers) {
        List<String> parts = new ArrayList<>();
        if (spec.analysis().size() > 1) {
            parts.add(a.name());
        }
        if (spec.features().size() > 1) {
            parts.add(f.name());
        }
        if (trainers > 1 || parts.isEmpty()) {
            parts.add(trainer);
        }
        return String.join("+", parts);
    }
}

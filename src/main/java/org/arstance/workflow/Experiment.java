package org.arstance.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.arstance.evaluation.Baselines;
import org.arstance.evaluation.EvaluationResult;
import org.arstance.evaluation.Evaluator;
import org.arstance.evaluation.HeldOutPrediction;
import org.arstance.evaluation.Protocol;
import org.arstance.io.AtomicDirectory;
import org.arstance.io.JsonFields;
import org.arstance.io.UserInputException;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.arstance.labels.Schema;
import org.arstance.models.PipelineConfig;
import org.arstance.report.Leaderboard;
import org.arstance.report.ReportDocument;
import org.arstance.report.ReportWriter;

/**
 * Runs every evaluation × grid cell of an {@link ExperimentSpec} and writes {@code OUT/NAME/}:
 * {@code leaderboard.md}, {@code leaderboard.html}, {@code leaderboard.json} (one leaderboard per
 * set of held-out paragraphs) and {@code runs/RUN/} (each run's report folder). The whole folder is
 * swapped into place when complete.
 */
public final class Experiment {

    private static final String LEADERBOARD_MD = "leaderboard.md";
    private static final String LEADERBOARD_JSON = "leaderboard.json";
    /** The files every experiment folder holds: an existing folder holding them is an earlier run, which may be replaced. */
    public static final List<String> MARKS = List.of(LEADERBOARD_MD, LEADERBOARD_JSON);

    private final ExperimentSpec spec;
    private final Path dataDir;
    private final Consumer<String> progress;

    public Experiment(ExperimentSpec spec, Path dataDir, Consumer<String> progress) {
        this.spec = spec;
        this.dataDir = dataDir;
        this.progress = progress;
    }

    /** One cell of the grid: analysis × features × trainer × other settings. */
    private record Cell(ExperimentSpec.Variant analysis, ExperimentSpec.Variant features, String trainer,
                        ExperimentSpec.Variant variant) {
    }

    private List<Cell> cells(List<String> trainers) {
        List<Cell> cells = new ArrayList<>();
        for (ExperimentSpec.Variant a : spec.analysis()) {
            for (ExperimentSpec.Variant f : spec.features()) {
                for (String t : trainers) {
                    for (ExperimentSpec.Variant v : spec.variants()) {
                        cells.add(new Cell(a, f, t, v));
                    }
                }
            }
        }
        return cells;
    }

    /** One run: an evaluation under one grid cell, its name (runs/NAME) and its config. */
    private record Run(ExperimentSpec.EvaluationSpec evaluation, String name, PipelineConfig config) {
    }

    /**
     * Every run, named and configured before anything is trained: a config that one combination of
     * grid settings makes invalid, or two runs that would share a name (and a runs/ folder), stop the
     * experiment here.
     */
    private List<Run> runs(PipelineConfig base, List<String> trainers) {
        List<Run> runs = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (ExperimentSpec.EvaluationSpec e : spec.evaluations()) {
            for (Cell c : cells(trainers)) {
                String name = runName(e, c.analysis(), c.features(), c.trainer() == null ? base.model().trainer().id()
                        : c.trainer(), trainers.size(), c.variant());
                if (!names.add(name)) {
                    throw new UserInputException(spec.name() + ": two runs would be named '" + name + "' (and share runs/" + name
                            + "): give the evaluations, grid entries or trainers distinct names");
                }
                runs.add(new Run(e, name, base.with(JsonFields.of(spec.name() + ": " + name,
                        ExperimentSpec.cell(c.analysis(), c.features(), c.trainer(), c.variant())))));
            }
        }
        return runs;
    }

    /** The runs that scored the same held-out paragraphs under the same folds, and so share a leaderboard. */
    private record Group(String protocol, List<String> names, List<EvaluationResult> results) {
    }

    public Path run(Path outRoot) {
        Path target = outRoot.resolve(spec.name());
        AtomicDirectory.requireReplaceable(target, MARKS);
        PipelineConfig base = spec.base();
        List<String> trainers = spec.trainers().isEmpty() ? java.util.Collections.singletonList(null) : spec.trainers();
        List<Run> runs = runs(base, trainers);
        Map<String, Group> groups = new LinkedHashMap<>();
        Schema schema = null;
        int done = 0;
        for (ExperimentSpec.EvaluationSpec e : spec.evaluations()) {
            LabelSet labels = LabelSet.load(e.labels(), spec.schema(), dataDir).orThrow();
            schema = labels.schema();
            LabelSet extraSet = e.trainOnly().isEmpty() ? null : LabelSet.load(e.trainOnly(), labels.schemaFile(), dataDir).orThrow();
            List<LabelRecord> extra = extraSet == null ? List.of() : extraSet.records();
            List<String> extraFiles = extraSet == null ? List.of() : extraSet.files().stream().map(Path::toString).toList();
            Protocol protocol = Protocol.parse(e.protocol());
            List<LabelRecord> holdout = protocol.kind() == Protocol.Kind.HOLDOUT
                    ? LabelSet.load(List.of(protocol.holdout()), labels.schemaFile(), dataDir).orThrow().records() : List.of();
            List<String> files = new ArrayList<>(labels.files().stream().map(Path::toString).toList());
            for (Run run : runs.stream().filter(x -> x.evaluation() == e).toList()) {
                String name = run.name();
                progress.accept("run " + (++done) + "/" + runs.size() + ": " + name);
                EvaluationResult r = new Evaluator(labels.schema(), run.config(), spec.seed(), spec.learningCurve(),
                        msg -> progress.accept("  " + msg)).evaluate(protocol, labels.records(), holdout, extra,
                        labels.dataHash() + (extraSet == null ? "" : "+" + extraSet.dataHash()), files, extraFiles,
                        labels.schemaFile().toString());
                String signature = protocol.spec() + " " + r.predictions().stream().map(HeldOutPrediction::id).toList();
                groups.computeIfAbsent(signature, s -> new Group(protocol.spec(), new ArrayList<>(), new ArrayList<>()));
                groups.get(signature).names().add(name);
                groups.get(signature).results().add(r);
            }
        }
        Schema finalSchema = schema;
        ReportWriter writer = new ReportWriter(schema.dataNotes());
        AtomicDirectory.write(target, MARKS, dir -> {
            ReportDocument d = new ReportDocument();
            d.heading(1, "arstance experiment: " + spec.name());
            d.bullets(List.of(
                    "Experiment: " + spec.name() + (spec.description().isEmpty() ? "" : " — " + spec.description()),
                    "Seed " + spec.seed() + "; every transformation (vocabulary, IDF, class weights, classifiers) is fit "
                            + "inside each training fold; no article is on both sides of a fold.",
                    "Grid: " + spec.evaluations().size() + " evaluation(s) × " + spec.analysis().size() + " analysis × "
                            + spec.features().size() + " feature × " + trainers.size() + " trainer × " + spec.variants().size()
                            + " other settings = " + runs.size() + " runs."));
            if (!finalSchema.dataNotes().isEmpty()) {
                d.heading(2, "About the data");
                d.bullets(finalSchema.dataNotes());
            }
            List<Object> json = new ArrayList<>();
            for (Group g : groups.values()) {
                for (int i = 0; i < g.results().size(); i++) {
                    writer.writeInto(dir.resolve("runs").resolve(g.names().get(i)), g.results().get(i));
                }
                json.add(leaderboard(g, dir, finalSchema, groups.size() > 1).appendTo(d, finalSchema.topicIds(), finalSchema.stances(),
                        finalSchema.polarStances()));
            }
            d.paragraph("Peers and baselines are described in each section; scikit-learn is run by "
                    + "experiments/peers/sklearn_baseline.py on the folds each run's folds.json records.");
            java.nio.file.Files.writeString(dir.resolve(LEADERBOARD_MD), d.markdown());
            java.nio.file.Files.writeString(dir.resolve("leaderboard.html"), d.html("arstance experiment: " + spec.name()));
            java.nio.file.Files.write(dir.resolve(LEADERBOARD_JSON), ReportWriter.pretty(groups.size() == 1 ? json.get(0) : json));
        });
        return target;
    }

    private Leaderboard leaderboard(Group g, Path dir, Schema schema, boolean titled) {
        EvaluationResult first = g.results().get(0);
        List<Leaderboard.Row> rows = new ArrayList<>();
        for (int i = 0; i < g.results().size(); i++) {
            EvaluationResult r = g.results().get(i);
            rows.add(new Leaderboard.Row(g.names().get(i), "arstance", "runs/" + g.names().get(i) + "/report.html",
                    r.predictions().stream().map(HeldOutPrediction::topic).toList(),
                    r.predictions().stream().map(HeldOutPrediction::stance).toList(),
                    r.predictions().stream().map(HeldOutPrediction::source).toList()));
        }
        for (String which : List.of(Baselines.MAJORITY, Baselines.STRATIFIED)) {
            rows.add(new Leaderboard.Row("baseline: " + which, "baseline", "",
                    Baselines.predict(first.folds(), which, LabelRecord::topic, spec.seed()),
                    Baselines.predict(first.folds(), which, LabelRecord::stance, spec.seed()),
                    Baselines.predict(first.folds(), which, LabelRecord::source, spec.seed())));
        }
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < g.results().size(); i++) {
            EvaluationResult r = g.results().get(i);
            if (!r.trainOnlyFiles().isEmpty()) {
                notes.add(g.names().get(i) + " also trained, in every fold, on " + String.join(", ", r.trainOnlyFiles())
                        + " (never held out); the data hash above is the held-out files' hash + the training-only files' hash.");
            }
        }
        notes.add("Baselines: per fold, from the training side of " + g.names().get(0) + " (" + Baselines.describe(Baselines.MAJORITY,
                "label") + "; " + Baselines.describe(Baselines.STRATIFIED, "label") + ").");
        List<String> ids = first.predictions().stream().map(HeldOutPrediction::id).toList();
        for (String peer : spec.peers()) {
            progress.accept("peer: " + peer + " on " + g.names().get(0));
            SklearnPeer.Result r = SklearnPeer.run(dir.resolve("runs").resolve(g.names().get(0)), dataDir);
            if (r.failure() != null) {
                notes.add(r.name() + ": " + r.failure());
                progress.accept("peer " + peer + " " + r.failure());
            } else {
                rows.add(new Leaderboard.Row(r.name() + " (folds and training data of " + g.names().get(0) + ")", "peer", "",
                        SklearnPeer.column(r, ids, 0), SklearnPeer.column(r, ids, 1), null));
            }
        }
        String title = titled ? "Held-out: " + String.join(", ", first.labelFiles()) + " under " + g.protocol() : null;
        return new Leaderboard(title, first, rows, spec.rankBy(), notes);
    }

    /** The grid dimensions that vary, joined: a run's name says what sets it apart. */
    private String runName(ExperimentSpec.EvaluationSpec e, ExperimentSpec.Variant a, ExperimentSpec.Variant f,
                           String trainer, int trainers, ExperimentSpec.Variant v) {
        List<String> parts = new ArrayList<>();
        if (spec.evaluations().size() > 1) {
            parts.add(e.name().isEmpty() ? e.protocol().replace(':', '-') : e.name());
        }
        if (spec.analysis().size() > 1) {
            parts.add(a.name());
        }
        if (spec.features().size() > 1) {
            parts.add(f.name());
        }
        if (trainers > 1) {
            parts.add(trainer);
        }
        if (spec.variants().size() > 1) {
            parts.add(v.name());
        }
        if (parts.isEmpty()) {
            parts.add(trainer);
        }
        return String.join("+", parts);
    }
}

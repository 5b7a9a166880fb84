package org.arstance.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.arstance.evaluation.EvaluationResult;
import org.arstance.evaluation.Evaluator;
import org.arstance.evaluation.Protocol;
import org.arstance.io.AtomicDirectory;
import org.arstance.labels.LabelRecord;
import org.arstance.labels.LabelSet;
import org.arstance.labels.Schema;
import org.arstance.models.ArstanceModel;
import org.arstance.models.PipelineConfig;
import org.arstance.report.ReportWriter;

/**
 * Evaluates a label set under a protocol and writes the report folder; a folder there that is
 * neither empty nor an earlier report is refused before any work.
 */
public final class Evaluation {

    private final LabelSet labels;
    private final PipelineConfig config;
    private final long seed;
    private final boolean learningCurve;
    private final Consumer<String> progress;

    public Evaluation(LabelSet labels, PipelineConfig config, long seed, boolean learningCurve, Consumer<String> progress) {
        this.labels = labels;
        this.config = config;
        this.seed = seed;
        this.learningCurve = learningCurve;
        this.progress = progress;
    }

    public EvaluationResult run(Protocol protocol, List<LabelRecord> holdout, Path reportDir) {
        return run(protocol, holdout, reportDir, null);
    }

    /**
     * As {@link #run(Protocol, List, Path)}, with the caller's way to the pipeline trained on all
     * the labels with the same config and seed (or null): it is asked for once, beside the folds,
     * its top features are reported, and it is not trained a second time.
     */
    public EvaluationResult run(Protocol protocol, List<LabelRecord> holdout, Path reportDir, Supplier<ArstanceModel> full) {
        AtomicDirectory.requireReplaceable(reportDir, ReportWriter.MARKS);
        Schema schema = labels.schema();
        Evaluator evaluator = new Evaluator(schema, config, seed, learningCurve, progress);
        EvaluationResult r = (full == null ? evaluator : evaluator.withFullModel(full)).evaluate(protocol,
                labels.records(), holdout, List.of(), labels.dataHash(),
                labels.files().stream().map(Path::toString).toList(), List.of(), labels.schemaFile().toString());
        progress.accept("writing report " + reportDir);
        new ReportWriter(schema.dataNotes()).write(reportDir, r);
        return r;
    }
}

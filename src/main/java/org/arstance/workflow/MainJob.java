package org.arstance.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.arstance.corpus.DuplicateGroups;
import org.arstance.classify.ParagraphClassifier;
import org.arstance.evaluation.EvaluationResult;
import org.arstance.evaluation.Protocol;
import org.arstance.classify.ParagraphInputs;
import org.arstance.classify.PredictionWriter;
import org.arstance.ingest.ArticleFileReader;
import org.arstance.ingest.Paragraph;
import org.arstance.io.AtomicDirectory;
import org.arstance.io.AtomicOutput;
import org.arstance.io.InputFiles;
import org.arstance.io.Json;
import org.arstance.io.TextOutput;
import org.arstance.labels.LabelSet;
import org.arstance.models.ArstanceModel;
import org.arstance.models.ModelFile;
import org.arstance.models.PipelineConfig;
import org.arstance.models.PipelineTrainer;
import org.arstance.report.ReportWriter;

/**
 * The main job on a project's own data, stage after stage: validate the labels, segment the
 * seed articles, train on all the labels, evaluate under the default protocol and write the
 * report (the model on all the labels gives its top features), classify the seeds. Every output goes to one folder.
 */
public final class MainJob {

    /**
     * What the job wrote.
     *
     * @param inSample how many of the segmented paragraphs are labelled, training paragraphs (same text)
     */
    public record Result(LabelSet labels, int paragraphs, Path segments, EvaluationResult evaluation, Path report,
                         Path model, Path predictions, long classified, long inSample) {
    }

    private final Path labels;
    private final Path schema;
    private final Path dataDir;
    private final Path seeds;
    private final Path out;
    private final PipelineConfig config;
    private final long seed;
    private final Consumer<String> progress;

    /**
     * @param schema  the schema, or null: the {@code schema.json} beside the labels or in a parent folder
     * @param dataDir where the corpora of corpus-backed label records are
     */
    public MainJob(Path labels, Path schema, Path dataDir, Path seeds, Path out, PipelineConfig config, long seed,
                   Consumer<String> progress) {
        this.labels = labels;
        this.schema = schema;
        this.dataDir = dataDir;
        this.seeds = seeds;
        this.out = out;
        this.config = config;
        this.seed = seed;
        this.progress = progress;
    }

    public Result run() {
        Path segments = out.resolve("seeds.paragraphs.jsonl");
        Path modelFile = out.resolve("model.zip");
        Path report = out.resolve("report");
        Path predictions = out.resolve("seeds.predictions.jsonl");
        // every output checked before any work, so that a bad one fails fast with nothing written
        List.of(segments, modelFile, predictions).forEach(AtomicOutput::requireWritable);
        AtomicDirectory.requireReplaceable(report, ReportWriter.MARKS);

        progress.accept("validating " + labels);
        LabelSet labelSet = LabelSet.load(List.of(labels), schema, dataDir).orThrow();
        labelSet.schema().warnings().forEach(progress);

        progress.accept("segmenting " + seeds);
        List<Paragraph> paragraphs = new ArticleFileReader().readAll(InputFiles.expandNamed(List.of(seeds), Set.of("txt"))).paragraphs();
        TextOutput.write(segments, null, w -> Json.writeLines(w, paragraphs));

        progress.accept("training on " + labelSet.records().size() + " paragraphs (seed " + seed + ")");
        ArstanceModel model = new PipelineTrainer(labelSet.schema(), config, progress).train(labelSet.records(), seed,
                labelSet.dataHash(), labelSet.files().stream().map(p -> p.getFileName().toString()).toList());
        ModelFile.write(modelFile, model);

        Protocol protocol = Protocol.parse(Protocol.DEFAULT);
        progress.accept("evaluating under " + protocol.spec());
        EvaluationResult evaluation = new Evaluation(labelSet, config, seed, true, progress).run(protocol, List.of(), report, () -> model);

        progress.accept("classifying " + seeds);
        ParagraphClassifier classifier = new ParagraphClassifier(model);
        long[] n = {0};
        TextOutput.write(predictions, null, w -> n[0] = classifier.classifyAll(new ParagraphInputs(List.of(seeds)),
                PredictionWriter.create("jsonl", w)));
        Set<String> trained = new java.util.HashSet<>();
        labelSet.records().forEach(r -> trained.add(DuplicateGroups.normalizeSpace(r.text())));
        long inSample = paragraphs.stream().filter(p -> trained.contains(DuplicateGroups.normalizeSpace(p.text()))).count();
        return new Result(labelSet, paragraphs.size(), segments, evaluation, report, modelFile, predictions, n[0], inSample);
    }
}

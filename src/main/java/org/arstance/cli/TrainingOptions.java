package org.arstance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arstance.io.AtomicOutput;
import org.arstance.io.InputFiles;
import org.arstance.labels.LabelSet;
import org.arstance.models.ArstanceModel;
import org.arstance.models.PipelineConfig;
import org.arstance.models.PipelineTrainer;
import picocli.CommandLine.Option;

/** The options shared by the commands that train: labels, schema, config and seed. */
final class TrainingOptions {

    @Option(names = "--labels", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Label .jsonl files or folders of them.")
    List<Path> labels;

    @Option(names = "--schema", paramLabel = "FILE",
            description = "The schema (default: schema.json beside the first label path or in a parent folder).")
    Path schema;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings overriding the defaults (JSON).")
    Path config;

    @picocli.CommandLine.Mixin
    DataDirOption dataDir;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    /** The label set, its schema's warnings printed on {@code err}. */
    LabelSet labels(PrintWriter err) {
        LabelSet set = LabelSet.load(labels, schema, dataDir()).orThrow();
        set.schema().warnings().forEach(err::println);
        return set;
    }

    Path dataDir() {
        return dataDir.resolve();
    }

    PipelineConfig config() {
        return config == null ? PipelineConfig.defaults() : PipelineConfig.load(config);
    }

    java.util.function.Consumer<String> progress(PrintWriter err) {
        return msg -> {
            err.println("arstance: " + msg);
            err.flush();
        };
    }

    /**
     * Refuses, before any training, a model file that cannot be written or that is one of the files
     * training reads (the label files of {@code read}, their schema, the corpus their records point
     * into, the config): writing it there would destroy an input.
     */
    void requireModelTarget(Path out, List<LabelSet> read) {
        List<Path> inputs = new ArrayList<>();
        for (LabelSet s : read) {
            inputs.addAll(s.inputs());
        }
        if (config != null) {
            inputs.add(config);
        }
        InputFiles.requireNotInput(out, inputs);
        AtomicOutput.requireWritable(out);
    }

    ArstanceModel train(LabelSet labelSet, PrintWriter err) {
        PipelineTrainer trainer = new PipelineTrainer(labelSet.schema(), config(), progress(err));
        return trainer.train(labelSet.records(), seed, labelSet.dataHash(),
                labelSet.files().stream().map(p -> p.getFileName().toString()).toList());
    }
}

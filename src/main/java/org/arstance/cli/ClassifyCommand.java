package org.arstance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Locale;
import org.arstance.classify.ParagraphClassifier;
import org.arstance.classify.ParagraphInputs;
import org.arstance.classify.PredictionWriter;
import org.arstance.io.InputFiles;
import org.arstance.io.TextOutput;
import org.arstance.io.UserInputException;
import org.arstance.labels.Schema;
import org.arstance.models.ArstanceModel;
import org.arstance.models.ModelFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify paragraphs: scraped .txt article files (segmented as segment does), .jsonl files of "
                + "paragraphs (id, text, optional title), or folders of either.")
final class ClassifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "A model file written by train.")
    Path model;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders to classify.")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|csv", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--spreadsheet", description = "CSV for a spreadsheet program: a UTF-8 byte-order mark first, and an apostrophe before a cell that starts with =, +, -, @ (text, never a formula). Implies --format csv.")
    boolean spreadsheet;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path out;

    @Option(names = "--schema", paramLabel = "FILE", description = "Refuse a model trained with another schema than this one (the same JSON laid out otherwise is the same schema).")
    Path schema;

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @Override
    public Integer call() {
        if (!format.equals("jsonl") && !format.equals("csv")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be jsonl or csv, not " + format);
        }
        if (spreadsheet && spec.commandLine().getParseResult().hasMatchedOption("--format") && !format.equals("csv")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--spreadsheet writes CSV: drop --format " + format);
        }
        int workers = threads.apply();
        ParagraphInputs paragraphs = new ParagraphInputs(inputs);
        InputFiles.requireNotInput(out, paragraphs.files());
        InputFiles.requireNotInput(out, List.of(model));
        ArstanceModel m = ModelFile.read(model);
        if (schema != null && !Schema.load(schema).sameContent(m.schema())) {
            throw new UserInputException(model + ": trained with another schema than " + schema + ": retrain the model");
        }
        // every input read once before any work: all the files that cannot be are named at once
        paragraphs.check(m.schema().kinds());
        ParagraphClassifier classifier = new ParagraphClassifier(m,
                written -> spec.commandLine().getErr().printf(Locale.ROOT, "classify: %d paragraphs so far%n", written));
        long[] n = {0};
        TextOutput.write(out, spec.commandLine().getOut(), w -> n[0] = classifier.classifyAll(paragraphs, PredictionWriter.create(spreadsheet ? "csv" : format, spreadsheet, w),
                workers));
        spec.commandLine().getErr().println(InputSummary.of("classify", n[0], paragraphs.files().size(), paragraphs.withoutParagraphs()));
        return Main.EXIT_OK;
    }
}

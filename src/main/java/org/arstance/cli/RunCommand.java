package org.arstance.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.arstance.ingest.ArticleFileReader;
import org.arstance.ingest.Paragraph;
import org.arstance.io.InputFiles;
import org.arstance.io.Json;
import org.arstance.io.TextOutput;
import org.arstance.labels.LabelSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "The main job on the repository's own data: validate the labels and segment the seed "
                + "articles into OUT/seeds.paragraphs.jsonl.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--labels", paramLabel = "DIR", defaultValue = "labels", description = "Label folder (default: ${DEFAULT-VALUE}).")
    Path labels;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds", description = "Article folder (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "experiments/out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        err.println("run: validating " + labels);
        LabelSet labelSet = LabelSet.load(List.of(labels), null).orThrow();
        stdout.println("labels: " + labelSet.summary());

        err.println("run: segmenting " + seeds);
        List<Path> files = InputFiles.expand(List.of(seeds), Set.of("txt"));
        ArticleFileReader reader = new ArticleFileReader();
        List<Paragraph> paragraphs = reader.readAll(files);
        Path target = out.resolve("seeds.paragraphs.jsonl");
        TextOutput.write(target, stdout, w -> Json.writeLines(w, paragraphs));
        stdout.println("segment: " + paragraphs.size() + " paragraphs from " + files.size() + " files -> " + target);
        return Main.EXIT_OK;
    }
}

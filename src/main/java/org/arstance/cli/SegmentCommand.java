package org.arstance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.arstance.ingest.ArticleFileReader;
import org.arstance.io.InputFiles;
import org.arstance.io.Json;
import org.arstance.io.TextOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Clean scraped article text files into paragraphs: one JSON line per kept paragraph "
                + "(doc, n, article, kind, text).")
final class SegmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article .txt files or folders of them.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        List<InputFiles.Named> files = InputFiles.expandNamed(inputs, Set.of("txt"));
        InputFiles.requireDistinctNames(files);
        InputFiles.requireNotInput(out, files.stream().map(InputFiles.Named::path).toList());
        // every file is read before any output, and every one that cannot be is named
        ArticleFileReader.Read read = new ArticleFileReader().readAll(files);
        TextOutput.write(out, spec.commandLine().getOut(), w -> Json.writeLines(w, read.paragraphs()));
        spec.commandLine().getErr().println(InputSummary.of("segment", read.paragraphs().size(), files.size(), read.withoutParagraphs()));
        return Main.EXIT_OK;
    }
}

package org.arstance.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Locale;
import org.arstance.labels.LabelSet;
import org.arstance.labels.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check label files against the schema and the annotation guide's rules. "
                + "Prints every problem as file:line: message and exits 1, or one summary line and exits 0.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Label .jsonl files or folders of them.")
    List<Path> paths;

    @Option(names = "--schema", paramLabel = "FILE",
            description = "The schema (default: schema.json beside the first PATH or in a parent folder).")
    Path schema;

    @picocli.CommandLine.Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        LabelSet.Loaded loaded = LabelSet.load(paths, schema, dataDir.resolve());
        loaded.labels().schema().warnings().forEach(spec.commandLine().getErr()::println);
        if (!loaded.ok()) {
            for (Problem p : loaded.problems()) {
                spec.commandLine().getErr().println(p);
            }
            spec.commandLine().getErr().printf(Locale.ROOT, "validate: %d problems%n", loaded.problems().size());
            return Main.EXIT_BAD_INPUT;
        }
        spec.commandLine().getOut().println("validate: " + loaded.labels().summary());
        return Main.EXIT_OK;
    }
}

package org.arstance.cli;

import java.io.PrintWriter;
import org.arstance.io.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code arstance} command line: a thin layer over the Java API. Exit codes: 0 done,
 * 1 bad input or data, 2 bad usage, 3 internal fault.
 */
@Command(name = "arstance",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Topic, attributed source and stance of Arabic news paragraphs.",
        subcommands = {RunCommand.class, SegmentCommand.class, ValidateCommand.class, TrainCommand.class, ClassifyCommand.class, EvaluateCommand.class, ExperimentCommand.class})
public final class Main implements Runnable {

    public static final int EXIT_OK = 0;
    public static final int EXIT_BAD_INPUT = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8), args));
    }

    /** Runs one command line with the given streams and returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserInputException) {
                err.println(ex.getMessage());
                err.flush();
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof java.nio.file.InvalidPathException bad) {
                // a file name the locale's character set cannot hold (Arabic under LC_ALL=C): bin/arstance avoids it when it can
                err.println(bad.getInput() + ": this file name cannot be read in the locale's character set ("
                        + System.getProperty("sun.jnu.encoding") + "): run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
                err.flush();
                return EXIT_BAD_INPUT;
            }
            err.println("arstance: internal error: " + ex);
            ex.printStackTrace(err);
            err.println("arstance: internal error (exit 3): " + ex);
            err.flush();
            return EXIT_INTERNAL;
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // an Error is no exception: picocli lets it through, and the heap is too full for a stack trace to help
            err.println("arstance: out of memory (" + e.getMessage() + "): give Java more heap, e.g. ARSTANCE_JAVA_OPTS=-Xmx2g,"
                    + " or split the input (exit 3)");
            code = EXIT_INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }
}

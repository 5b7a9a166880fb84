package org.arstance.cli;

import java.nio.file.Path;
import org.arstance.corpus.DataDirectory;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option of every command that may read corpus-backed labels. */
final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the public corpora are (default: $ARSTANCE_DATA, else ../shared/data).")
    Path dataDir;

    Path resolve() {
        return DataDirectory.resolve(dataDir);
    }
}

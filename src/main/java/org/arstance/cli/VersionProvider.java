package org.arstance.cli;

import org.arstance.io.Versions;
import picocli.CommandLine;

/** Prints arstance's version and the versions of the libraries it builds on. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return Versions.describe().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .toArray(String[]::new);
    }
}

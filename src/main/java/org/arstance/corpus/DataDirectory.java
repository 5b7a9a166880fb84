package org.arstance.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the public corpora are: the {@code --data-dir} flag, else {@code $ARSTANCE_DATA}, else
 * {@code ../shared/data} (beside the project): from the working directory when it is there, else
 * from the project that {@code bin/arstance} runs (so that a script run from elsewhere finds it
 * too). The corpora are never copied into the project.
 */
public final class DataDirectory {

    public static final String ENV = "ARSTANCE_DATA";
    public static final Path DEFAULT = Path.of("..", "shared", "data");
    /** The system property by which {@code bin/arstance} names the project's folder. */
    public static final String HOME_PROPERTY = "arstance.home";

    private DataDirectory() {
    }

    public static Path resolve(Path flag) {
        if (flag != null) {
            return flag;
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String home = System.getProperty(HOME_PROPERTY);
        if (!Files.isDirectory(DEFAULT) && home != null && !home.isBlank()) {
            Path beside = Path.of(home).resolve(DEFAULT).normalize();
            if (Files.isDirectory(beside)) {
                return beside;
            }
        }
        return DEFAULT;
    }
}

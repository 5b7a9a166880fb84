package org.arstance.corpus;

import java.nio.file.Path;

/**
 * Where the public corpora are: the {@code --data-dir} flag, else {@code $ARSTANCE_DATA}, else
 * {@code ../shared/data} (beside the project). The corpora are never copied into the project.
 */
public final class DataDirectory {

    public static final String ENV = "ARSTANCE_DATA";
    public static final Path DEFAULT = Path.of("..", "shared", "data");

    private DataDirectory() {
    }

    public static Path resolve(Path flag) {
        if (flag != null) {
            return flag;
        }
        String env = System.getenv(ENV);
        return env != null && !env.isBlank() ? Path.of(env) : DEFAULT;
    }
}

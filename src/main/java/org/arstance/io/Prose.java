package org.arstance.io;

import java.util.List;

/** Lists in running text, for messages and reports. */
public final class Prose {

    private Prose() {
    }

    /** {@code a, b and c} (with the conjunction given); {@code a} alone; empty for no value. */
    public static String list(List<String> values, String conjunction) {
        int n = values.size();
        if (n <= 1) {
            return n == 0 ? "" : values.get(0);
        }
        return String.join(", ", values.subList(0, n - 1)) + " " + conjunction + " " + values.get(n - 1);
    }
}

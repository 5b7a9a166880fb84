package org.arstance.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Versions of arstance, Java and the libraries, for provenance and {@code --version}; with the git
 * commit the code was run from when the launcher ({@code bin/arstance}) gives it (system property
 * {@value #COMMIT_PROPERTY}: git's short id, {@code -dirty} when {@code src/} or {@code pom.xml} differ from it).
 */
public final class Versions {

    private static final String COMMIT_PROPERTY = "arstance.commit";

    private Versions() {
    }

    public static Map<String, String> describe() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("arstance", orUnknown(Versions.class.getPackage().getImplementationVersion()));
        String commit = System.getProperty(COMMIT_PROPERTY);
        if (commit != null && !commit.isBlank()) {
            v.put("commit", commit);
        }
        v.put("java", System.getProperty("java.version"));
        v.put("tribuo", orUnknown(packageVersion("org.tribuo.Tribuo")));
        v.put("lucene", orUnknown(packageVersion("org.apache.lucene.util.Version")));
        v.put("smile", orUnknown(packageVersion("smile.classification.SparseLogisticRegression")));
        return v;
    }

    private static String packageVersion(String className) {
        try {
            Class<?> c = Class.forName(className);
            if (className.equals("org.tribuo.Tribuo")) {
                return (String) c.getField("VERSION").get(null);
            }
            if (className.equals("org.apache.lucene.util.Version")) {
                return c.getField("LATEST").get(null).toString();
            }
            return c.getPackage().getImplementationVersion();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    private static String orUnknown(String s) {
        return s == null ? "dev" : s;
    }
}

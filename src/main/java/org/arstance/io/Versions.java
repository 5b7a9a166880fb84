package org.arstance.io;

import java.util.LinkedHashMap;
import java.util.Map;

/** Versions of arstance, Java and the libraries, for provenance and {@code --version}. */
public final class Versions {

    private Versions() {
    }

    public static Map<String, String> describe() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("arstance", orUnknown(Versions.class.getPackage().getImplementationVersion()));
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

package org.arstance.corpus;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Joins items that are copies of one another into groups, so that a split can keep each group on
 * one side. Two items are in one group when they share their id or any identity (a whitespace-
 * normalized text, say), directly or through a chain of other items. Each item's group is named by
 * the least id in it, so the result does not depend on the input order.
 */
public final class DuplicateGroups {

    private DuplicateGroups() {
    }

    /** Each id's group: the least id of the items joined to it. */
    public static <T> Map<String, String> of(Collection<T> items, Function<T, String> id,
                                             Function<T, Collection<String>> identities) {
        Map<String, String> parent = new HashMap<>();
        Map<String, String> firstWithIdentity = new HashMap<>();
        for (T item : items) {
            String self = id.apply(item);
            parent.putIfAbsent(self, self);
            for (String identity : identities.apply(item)) {
                String other = firstWithIdentity.putIfAbsent(identity, self);
                if (other != null) {
                    union(parent, self, other);
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        parent.keySet().forEach(k -> out.put(k, root(parent, k)));
        return out;
    }

    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    /** A text with its runs of white space (no-break and other Unicode spaces too) made one space, ends stripped. */
    public static String normalizeSpace(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (ra.compareTo(rb) < 0) {
            parent.put(rb, ra);
        } else if (rb.compareTo(ra) < 0) {
            parent.put(ra, rb);
        }
    }

    /** The root of {@code k}; the least id of a group is always its root. */
    private static String root(Map<String, String> parent, String k) {
        String r = k;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        String c = k;
        while (!c.equals(r)) {
            String next = parent.get(c);
            parent.put(c, r);
            c = next;
        }
        return r;
    }
}

package org.arstance.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arstance.labels.Schema;

/**
 * Finds actor mentions in a paragraph from the schema's actor names and aliases (states and
 * bodies, capitals used as metonyms, offices, named officials). A mention may carry Arabic
 * clitics (و ف ب ل ك, لل for ل + ال) and, for an adjective alias ending in ي, the feminine ending;
 * the longest alias wins.
 */
final class ActorGazetteer {

    /** A mention: tokens [first, last] of the paragraph stand for the actor. */
    record Mention(String actor, int first, int last, boolean channel) {
    }

    private record Alias(String actor, List<String> words, boolean channel) {
    }

    private final Map<String, List<Alias>> byFirstWord = new HashMap<>();

    ActorGazetteer(Schema schema, List<List<String>> channels) {
        for (Schema.Actor a : schema.actors()) {
            List<String> names = new ArrayList<>(a.aliases());
            names.add(a.name());
            for (String n : names) {
                add(new Alias(a.id(), AttributionLexicon.words(n), false));
            }
        }
        for (List<String> c : channels) {
            add(new Alias(null, c, true));
        }
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Alias x) -> x.words().size()).reversed()
                .thenComparing(x -> x.channel() ? 1 : 0)));
    }

    private void add(Alias alias) {
        if (!alias.words().isEmpty()) {
            byFirstWord.computeIfAbsent(alias.words().get(0), w -> new ArrayList<>()).add(alias);
        }
    }

    /** The longest mention starting at token {@code i}, or null. */
    Mention at(List<MatchText.Token> tokens, int i) {
        for (String first : forms(tokens.get(i).text())) {
            List<Alias> candidates = byFirstWord.get(first);
            if (candidates == null) {
                continue;
            }
            for (Alias a : candidates) {
                if (matches(a.words(), tokens, i)) {
                    return new Mention(a.actor(), i, i + a.words().size() - 1, a.channel());
                }
            }
        }
        return null;
    }

    private static boolean matches(List<String> words, List<MatchText.Token> tokens, int i) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            if (!sameWord(words.get(k), tokens.get(i + k).text(), k == words.size() - 1)) {
                return false;
            }
        }
        return true;
    }

    /** An adjective (nisba) alias ending in ي also stands for its feminine, dual and plural forms. */
    private static final List<String> NISBA_ENDINGS = List.of("ه", "ان", "ون", "ين", "تان");

    private static boolean sameWord(String aliasWord, String token, boolean last) {
        if (token.equals(aliasWord)) {
            return true;
        }
        if (last && aliasWord.endsWith("ي")) {
            for (String e : NISBA_ENDINGS) {
                if (token.equals(aliasWord + e)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A token and its forms without clitics (و، ف، ب، ل، ك; لل for ل + ال) and without a nisba ending. */
    static List<String> forms(String token) {
        List<String> out = new ArrayList<>(4);
        out.add(token);
        String t = token;
        if (t.length() > 3 && (t.startsWith("و") || t.startsWith("ف"))) {
            t = t.substring(1);
            out.add(t);
        }
        if (t.length() > 3 && t.startsWith("لل")) {
            out.add("ال" + t.substring(2));
        }
        if (t.length() > 3 && (t.startsWith("ب") || t.startsWith("ل") || t.startsWith("ك"))) {
            out.add(t.substring(1));
        }
        List<String> stems = new ArrayList<>(out);
        for (String f : stems) {
            for (String e : NISBA_ENDINGS) {
                if (f.endsWith("ي" + e) && f.length() > e.length() + 3) {
                    out.add(f.substring(0, f.length() - e.length()));
                }
            }
        }
        return out;
    }
}

package org.arstance.labels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arstance.io.JsonFields;
import org.arstance.text.MatchForm;

/**
 * The actors' names and aliases as the attribution rules match them ({@link MatchForm#words}): a
 * name that two actors claim, in one spelling or in two that match alike, would silently go to the
 * actor listed first, so it is refused, naming the alias and both actors.
 */
final class AliasClaims {

    private record Claim(String actor, String spelling, String path) {
    }

    private final JsonFields schema;
    private final Map<List<String>, Claim> byWords = new HashMap<>();

    /** Claims in the schema file whose top-level object is {@code schema} (for messages with the file and line). */
    AliasClaims(JsonFields schema) {
        this.schema = schema;
    }

    /**
     * Records that {@code actor} is named {@code spelling}, found at {@code path} in the file; an
     * actor may repeat its own name (its name among its aliases).
     */
    void claim(String actor, String spelling, String path) {
        List<String> words = MatchForm.words(spelling);
        if (words.isEmpty()) {
            throw schema.errorAt(path, "is '" + spelling + "': a name or alias needs a letter or digit");
        }
        Claim earlier = byWords.putIfAbsent(words, new Claim(actor, spelling, path));
        if (earlier != null && !earlier.actor().equals(actor)) {
            String as = earlier.spelling().equals(spelling) ? "" : ", written '" + earlier.spelling() + "'";
            int line = schema.line(earlier.path());
            throw schema.errorAt(path, "is " + (isName(path) ? "name" : "alias") + " '" + spelling
                    + "' of actor '" + actor + "', already " + (isName(earlier.path()) ? "the name" : "an alias")
                    + " of actor '" + earlier.actor() + "' ('" + earlier.path() + "'" + (line > 0 ? " on line " + line : "") + as
                    + "): a name or alias may stand for one actor only");
        }
    }

    private static boolean isName(String path) {
        return path.endsWith(".name");
    }
}

package org.arstance.labels;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arstance.io.UserInputException;
import org.arstance.text.MatchForm;

/**
 * The actors' names and aliases as the attribution rules match them ({@link MatchForm#words}): a
 * name that two actors claim, in one spelling or in two that match alike, would silently go to the
 * actor listed first, so it is refused, naming the alias and both actors.
 */
final class AliasClaims {

    private record Claim(String actor, String spelling, String path) {
    }

    private final String file;
    private final Map<List<String>, Claim> byWords = new HashMap<>();

    AliasClaims(String file) {
        this.file = file;
    }

    /**
     * Records that {@code actor} is named {@code spelling}, found at {@code path} in the file; an
     * actor may repeat its own name (its name among its aliases).
     */
    void claim(String actor, String spelling, String path) {
        List<String> words = MatchForm.words(spelling);
        if (words.isEmpty()) {
            throw new UserInputException(file + ": '" + path + "' is '" + spelling + "': a name or alias needs a letter or digit");
        }
        Claim earlier = byWords.putIfAbsent(words, new Claim(actor, spelling, path));
        if (earlier != null && !earlier.actor().equals(actor)) {
            String as = earlier.spelling().equals(spelling) ? "" : ", written '" + earlier.spelling() + "'";
            throw new UserInputException(file + ": '" + path + "': " + (isName(path) ? "name" : "alias") + " '" + spelling
                    + "' of actor '" + actor + "' is already " + (isName(earlier.path()) ? "the name" : "an alias")
                    + " of actor '" + earlier.actor() + "' ('" + earlier.path() + "'" + as
                    + "): a name or alias may stand for one actor only");
        }
    }

    private static boolean isName(String path) {
        return path.endsWith(".name");
    }
}

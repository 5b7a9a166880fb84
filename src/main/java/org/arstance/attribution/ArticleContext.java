package org.arstance.attribution;

import java.util.HashMap;
import java.util.Map;

/**
 * What an article has said before a paragraph, as far as its source goes: the previous
 * paragraph's source, the article's opinion-piece disclaimer, and the names of the speakers named
 * so far. Immutable: {@link #next} gives the context of the following paragraph.
 *
 * @param previousSource the previous paragraph's source, or null at the article's start
 * @param opinionMarker  the article's opinion-piece disclaimer (from any of its paragraphs), or null
 * @param speakerNames   word → source, for every speaker the rules named in an earlier paragraph
 */
public record ArticleContext(String previousSource, String opinionMarker, Map<String, String> speakerNames) {

    public ArticleContext {
        speakerNames = Map.copyOf(speakerNames);
    }

    /** The start of an article, with its disclaimer if it has one (else null). */
    public static ArticleContext start(String opinionMarker) {
        return new ArticleContext(null, opinionMarker, Map.of());
    }

    /** Only the previous paragraph's source known (null: none). */
    public static ArticleContext after(String previousSource) {
        return new ArticleContext(previousSource, null, Map.of());
    }

    /** The same context, once the article's disclaimer is known. */
    public ArticleContext withOpinionMarker(String marker) {
        return new ArticleContext(previousSource, marker, speakerNames);
    }

    /** The context of the next paragraph, after this one was attributed {@code a} from {@code rules}. */
    public ArticleContext next(Attribution a, RuleResult rules) {
        if (rules.speakerNames().isEmpty()) {
            return new ArticleContext(a.source(), opinionMarker, speakerNames);
        }
        Map<String, String> names = new HashMap<>(speakerNames);
        names.putAll(rules.speakerNames());
        return new ArticleContext(a.source(), opinionMarker, names);
    }
}

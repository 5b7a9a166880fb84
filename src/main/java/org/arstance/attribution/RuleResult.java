package org.arstance.attribution;

/**
 * What the rules found in one paragraph: an attribution (possibly to no source); when no speaker
 * is named, the cue of a verb that continues the previous paragraph's speaker; whether the
 * paragraph is an outlet's disclaimer marking its article as an opinion piece; and the source a
 * body paragraph has if its article is one (the writer's own voice).
 *
 * @param found          the speaker the paragraph names, or no source
 * @param continuation   a verb with no named speaker, continuing the previous paragraph's source; or null
 * @param opinionMarker  the disclaimer as written in this paragraph (جميع المقالات المنشورة تمثل رأي كتابها), or null
 * @param writer         the writer's source, for a body paragraph that is no disclaimer itself; null
 *                       otherwise
 */
public record RuleResult(Attribution found, SourceEvidence continuation, String opinionMarker, String writer) {

    public RuleResult(Attribution found, SourceEvidence continuation) {
        this(found, continuation, null, null);
    }

    /** The final attribution once the previous paragraph's source (same article, or null) is known. */
    public Attribution resolve(String previousSource, String noSource) {
        return resolve(previousSource, noSource, null);
    }

    /**
     * The final attribution given the previous paragraph's source (same article, or null) and the
     * article's opinion-piece disclaimer (from any of its paragraphs, or null). In an opinion piece
     * every body paragraph but the disclaimer is the writer's: a column argues in its writer's own
     * voice, and the words it reports serve that argument. Elsewhere: the named speaker, else the
     * continued speaker, else no source.
     */
    public Attribution resolve(String previousSource, String noSource, String articleOpinionMarker) {
        if (articleOpinionMarker != null && writer != null) {
            return new Attribution(writer, new SourceEvidence("opinion", articleOpinionMarker, -1, -1, null, -1, -1));
        }
        if (found.evidence() == null && continuation != null && previousSource != null && !previousSource.equals(noSource)) {
            return new Attribution(previousSource, continuation);
        }
        return found;
    }

    /** True when the rules named a speaker in this paragraph itself. */
    public boolean named() {
        return found.evidence() != null;
    }
}

package org.arstance.attribution;

import java.util.List;
import java.util.Map;

/**
 * What the rules found in one paragraph, before its source is resolved in paragraph order.
 *
 * @param found          the speaker the paragraph names, or no source
 * @param continuation   a verb with no named speaker at the start of a sentence (وأضاف: …),
 *                       continuing an earlier speaker; or null. It always comes before the cue of
 *                       {@code found}, if that names a speaker
 * @param opinionMarker  the disclaimer as written in this paragraph (جميع المقالات المنشورة تمثل رأي كتابها), or null
 * @param writer         the writer's source, for a body paragraph that is no disclaimer itself; null
 *                       otherwise
 * @param speakerNames   the words the named speaker is called by here (its name and such), each
 *                       mapped to the speaker, so that a later paragraph of the article can name it
 *                       by them alone; empty when no speaker is named
 * @param subject        the words right after the continuing verb (وأوضح قاسم …), which may be the
 *                       name of a speaker named earlier in the article; empty otherwise
 */
public record RuleResult(Attribution found, SourceEvidence continuation, String opinionMarker, String writer,
                         Map<String, String> speakerNames, List<Word> subject) {

    /** A word of the paragraph: its matching form, as written, and its offsets [start, end) in the paragraph. */
    public record Word(String form, String text, int start, int end) {
    }

    public RuleResult {
        speakerNames = Map.copyOf(speakerNames);
        subject = List.copyOf(subject);
    }

    public RuleResult(Attribution found, SourceEvidence continuation) {
        this(found, continuation, null, null);
    }

    public RuleResult(Attribution found, SourceEvidence continuation, String opinionMarker, String writer) {
        this(found, continuation, opinionMarker, writer, Map.of(), List.of());
    }

    /**
     * The final attribution given what came before it in its article. In an opinion piece every
     * body paragraph but the disclaimer is the writer's: a column argues in its writer's own voice,
     * and the words it reports serve that argument. Elsewhere, the first that holds: a verb whose
     * subject is the name of a speaker named earlier in the article (rule {@code name}); a
     * continuing verb, when the previous paragraph has a speaker: that speaker again, even when a
     * later cue of the paragraph names someone, as that cue is usually inside what they go on to
     * say (وأضاف: «… داعياً حزب الله …»); the named speaker; no source.
     */
    public Attribution resolve(ArticleContext context, String noSource) {
        if (context.opinionMarker() != null && writer != null) {
            return new Attribution(writer, new SourceEvidence("opinion", context.opinionMarker(), -1, -1, null, -1, -1));
        }
        // a continuation, when there is one, comes before any cue that names a speaker
        SourceEvidence cue = continuation != null ? continuation : found.evidence();
        if (cue == null) {
            return found;
        }
        for (Word w : subject) {
            String source = context.speakerNames().get(w.form());
            // a known name right after the verb is its subject, before any actor mentioned further on
            if (source != null && (found.evidence() == null || found.evidence().mentionStart() > w.start())) {
                return new Attribution(source, new SourceEvidence("name", cue.cue(), cue.cueStart(), cue.cueEnd(),
                        w.text(), w.start(), w.end()));
            }
        }
        String previous = context.previousSource();
        if (continuation != null && previous != null && !previous.equals(noSource)) {
            return new Attribution(previous, continuation);
        }
        return found;
    }

    /** True when the rules named a speaker in this paragraph itself. */
    public boolean named() {
        return found.evidence() != null;
    }
}

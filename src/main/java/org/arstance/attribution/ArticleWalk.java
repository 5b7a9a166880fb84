package org.arstance.attribution;

import java.util.function.Function;

/**
 * One article's paragraphs attributed in order: each paragraph's source is resolved given what
 * the article said before it (the previous paragraph's source, the speakers named so far, the
 * opinion-piece disclaimer), and the context then moves past it. The one place the article
 * context is carried from paragraph to paragraph: the rules' own walk, classify and the
 * evaluation's three attribution modes all go through it.
 */
public final class ArticleWalk {

    private ArticleContext context;

    /** The start of an article, with its opinion-piece disclaimer if it is known to have one (else null). */
    public ArticleWalk(String opinionMarker) {
        this.context = ArticleContext.start(opinionMarker);
    }

    /**
     * The next paragraph's source, resolved by {@code resolve} from the context so far; the
     * paragraph's own {@code rules} result carries the speakers it names on to the next paragraph.
     */
    public Attribution next(RuleResult rules, Function<ArticleContext, Attribution> resolve) {
        Attribution a = resolve.apply(context);
        context = context.next(a, rules);
        return a;
    }

    /**
     * A paragraph of the article that was not given stands between the last paragraph and the next:
     * the next has no previous source to continue (a continuing verb there would continue whoever
     * spoke in the missing paragraph), while the speakers named so far and the disclaimer still hold.
     */
    public void gap() {
        context = new ArticleContext(null, context.opinionMarker(), context.speakerNames());
    }

    /** The article's disclaimer, once found in one of its paragraphs (a disclaimer known already stays). */
    public void noteOpinionMarker(String marker) {
        if (marker != null && context.opinionMarker() == null) {
            context = context.withOpinionMarker(marker);
        }
    }
}

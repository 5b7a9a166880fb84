package org.arstance.models;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How the topic classifier reads a paragraph's article.
 *
 * @param articleContext the weight of the article's text around the paragraph (its title and the
 *                       paragraphs right before and after it: {@link TopicContext}) as a second block
 *                       of TF-IDF features beside the paragraph's own; 0 reads the paragraph alone
 */
public record TopicConfig(@JsonProperty("article_context") double articleContext) {

    public TopicConfig {
        if (!(articleContext >= 0) || Double.isInfinite(articleContext)) {
            throw new IllegalArgumentException("article_context must be a finite number, 0 or more, not " + articleContext);
        }
    }

    /** True when the topic classifier has a context block. */
    public boolean usesContext() {
        return articleContext > 0;
    }
}

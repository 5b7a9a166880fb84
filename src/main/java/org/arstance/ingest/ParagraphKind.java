package org.arstance.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The role a paragraph plays in its file, as the annotation guide names it. */
public enum ParagraphKind {
    HEADLINE, CAPTION, HEADING, BODY, TEASER;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ParagraphKind fromId(String id) {
        for (ParagraphKind k : values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + id + "'");
    }
}

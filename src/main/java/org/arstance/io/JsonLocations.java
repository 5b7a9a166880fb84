package org.arstance.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON text starts: the line of every key and array element, by the path
 * {@link JsonFields} names it with ({@code actors[3].aliases[1]}), so that a message about a value
 * can give the file's line as well as the path. Jackson's tree keeps no locations, so the text
 * is read a second time as a stream of tokens.
 */
public final class JsonLocations {

    /** No locations: every line is unknown (0). */
    public static final JsonLocations NONE = new JsonLocations(Map.of());

    private final Map<String, Integer> lines;

    private JsonLocations(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /**
     * The locations in {@code text}, JSON that has already been read without error; a text that
     * cannot be read as tokens after all gives the locations found up to that point.
     */
    public static JsonLocations of(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = Json.MAPPER.getFactory().createParser(Json.withoutBom(text))) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isStructEnd()) {
                    continue;
                }
                JsonStreamContext c = p.getParsingContext();
                if (t.isStructStart()) {
                    // the new object or list is already the context: its place is the slot in its parent
                    c = c.getParent();
                } else if (t != JsonToken.FIELD_NAME && c.inObject()) {
                    continue; // a member's value: its key was recorded, on the key's line
                }
                lines.putIfAbsent(slot(c), p.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            // the text was read as a tree before: keep what was found
        }
        return new JsonLocations(Map.copyOf(lines));
    }

    /** The path of the value {@code c} is at: {@code ""} at the top level. */
    private static String slot(JsonStreamContext c) {
        if (c == null || c.inRoot()) {
            return "";
        }
        String container = slot(c.getParent());
        if (c.inArray()) {
            return container + "[" + Math.max(c.getCurrentIndex(), 0) + "]";
        }
        String name = c.getCurrentName();
        return container.isEmpty() ? name : container + "." + name;
    }

    /**
     * The line of the value at {@code path}; for a path the text lacks (a required key that is
     * missing), the line of the nearest enclosing value that it has; 0 when none is known.
     */
    public int line(String path) {
        String at = path;
        while (true) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            if (at.isEmpty()) {
                return 0;
            }
            int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = cut < 0 ? "" : at.substring(0, cut);
        }
    }
}

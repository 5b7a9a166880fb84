package org.arstance.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/** The one JSON mapper of arstance: stable key order, UTF-8 text kept as is (no \\u escapes). */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .build();

    private Json() {
    }

    /**
     * The JSON object in a UTF-8 file the user gave (a schema, a config, an experiment): an
     * unreadable file, malformed JSON (with its line) or anything but an object is a
     * {@link UserInputException} naming the file.
     *
     * @param what what the file must be, for messages: "a schema", "an experiment"
     */
    public static ObjectNode readObject(Path file, String what) {
        return object(file.toString(), InputFiles.readString(file, what), what);
    }

    /** As {@link #readObject}, from the JSON {@code text} of what {@code name} names. */
    public static ObjectNode object(String name, String text, String what) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UserInputException(name + ":" + e.getLocation().getLineNr() + ": malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UserInputException(name + ": " + what + " must be a JSON object");
        }
        return (ObjectNode) root;
    }

    /** Writes each value as one compact JSON line. */
    public static void writeLines(java.io.Writer out, Iterable<?> values) throws IOException {
        for (Object v : values) {
            out.write(line(v));
            out.write('\n');
        }
    }

    /** One compact JSON line (no newline). */
    public static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}

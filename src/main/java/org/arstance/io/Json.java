package org.arstance.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON mapper of arstance: stable key order, UTF-8 text kept as is (no \\u escapes). */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .build();

    private Json() {
    }

    /** Writes each value as one compact JSON line. */
    public static void writeLines(java.io.Writer out, Iterable<?> values) throws java.io.IOException {
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

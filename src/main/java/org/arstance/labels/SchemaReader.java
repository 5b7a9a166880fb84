package org.arstance.labels;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arstance.ingest.ParagraphKind;
import org.arstance.io.JsonFields;
import org.arstance.io.UserInputException;

/**
 * Reads a label schema strictly: a key it does not know, at any depth, a value of the wrong type, a
 * missing key, an id given twice or reserved, and a reference to a value the schema does not
 * define are each a {@link UserInputException} naming the file, the line and the key's path in it
 * ({@code FILE:40: unknown key 'actors[3].alias'}).
 */
final class SchemaReader {

    /** The value of the top-level {@code schema} key, when given. */
    static final String FORMAT = "arstance-labels";
    /** The only version of the format. */
    static final int VERSION = 1;

    private static final List<String> KEYS = List.of("schema", "version", "guide", "data_notes", "no_source", "no_stance",
            "polar_stances", "writer_source", "kinds", "stances", "topics", "actors");

    private String noSource;
    private String noStance;

    static Schema read(String name, String text) {
        JsonFields root = JsonFields.parse(name, text, "a schema").allow(KEYS);
        return new Schema(name, new SchemaReader().values(root), text, root.canonical());
    }

    private Schema.Values values(JsonFields root) {
        String format = root.string("schema", FORMAT);
        if (!format.equals(FORMAT)) {
            throw root.error("schema", "is '" + format + "': a label schema says '" + FORMAT + "'");
        }
        int version = root.intValue("version", VERSION);
        if (version != VERSION) {
            throw root.error("version", "is " + version + ": this arstance reads version " + VERSION);
        }
        root.string("guide", null);
        noSource = id(root, "no_source");
        noStance = id(root, "no_stance");
        List<String> kinds = kinds(root);
        List<String> stances = stances(root);
        List<String> polar = polarStances(root, stances);
        Map<String, Schema.Actor> actors = actors(root);
        Map<String, Schema.Topic> topics = topics(root, actors);
        String writer = root.string("writer_source", null);
        if (writer != null && !actors.containsKey(writer)) {
            throw root.error("writer_source", "is '" + writer + "', which is not an actor id");
        }
        return new Schema.Values(topics, stances, polar, kinds, actors, noSource, noStance, writer, root.strings("data_notes"));
    }

    /** The kinds: every kind {@code segment} gives a paragraph must be among them, so that its output is valid input. */
    private List<String> kinds(JsonFields root) {
        List<String> kinds = nonEmptyStrings(root, "kinds");
        List<String> missing = new ArrayList<>();
        for (ParagraphKind k : ParagraphKind.values()) {
            if (!kinds.contains(k.id())) {
                missing.add(k.id());
            }
        }
        if (!missing.isEmpty()) {
            throw root.error("kinds", "lacks " + String.join(", ", missing) + ": segment gives every paragraph one of "
                    + String.join(", ", segmentKinds()) + ", and the schema must list them all");
        }
        return kinds;
    }

    private static List<String> segmentKinds() {
        return Arrays.stream(ParagraphKind.values()).map(ParagraphKind::id).toList();
    }

    private List<String> stances(JsonFields root) {
        List<String> stances = new ArrayList<>();
        for (JsonFields s : nonEmptyObjects(root, "stances")) {
            s.allow("id", "description").string("description", null);
            stances.add(unique(s, "id", stances, "stance"));
        }
        if (!stances.contains(noStance)) {
            throw root.error("no_stance", "'" + noStance + "' is not among the stances");
        }
        if (stances.size() < 2) {
            throw root.error("stances", "must list a stance besides '" + noStance + "' (the one a source takes)");
        }
        return stances;
    }

    private List<String> polarStances(JsonFields root, List<String> stances) {
        List<String> polar = distinct(root, "polar_stances");
        for (int i = 0; i < polar.size(); i++) {
            String p = polar.get(i);
            if (!stances.contains(p) || p.equals(noStance)) {
                throw root.errorAt("polar_stances[" + i + "]", "is '" + p + "': a polar stance is one of the stances other than "
                        + "the no-stance value (" + String.join(", ", stances.stream().filter(x -> !x.equals(noStance)).toList()) + ")");
            }
        }
        return polar;
    }

    private Map<String, Schema.Actor> actors(JsonFields root) {
        Map<String, Schema.Actor> actors = new LinkedHashMap<>();
        AliasClaims claims = new AliasClaims(root);
        for (JsonFields a : nonEmptyObjects(root, "actors")) {
            a.allow("id", "name", "aliases");
            String id = unique(a, "id", actors.keySet(), "actor");
            refuseReserved(a, id);
            String name = required(a, "name");
            List<String> aliases = a.strings("aliases");
            claims.claim(id, name, a.where("name"));
            for (int i = 0; i < aliases.size(); i++) {
                claims.claim(id, aliases.get(i), a.where("aliases") + "[" + i + "]");
            }
            actors.put(id, new Schema.Actor(id, name, List.copyOf(aliases)));
        }
        return actors;
    }

    private Map<String, Schema.Topic> topics(JsonFields root, Map<String, Schema.Actor> actors) {
        Map<String, Schema.Topic> topics = new LinkedHashMap<>();
        for (JsonFields t : nonEmptyObjects(root, "topics")) {
            t.allow("id", "description", "target");
            String id = unique(t, "id", topics.keySet(), "topic");
            refuseReserved(t, id);
            String description = t.string("description", "");
            JsonNode target = t.raw("target");
            if (target.isMissingNode()) {
                throw t.error("target", "is required: {\"id\": ACTOR} for the actor that stances on this topic are "
                        + "toward, or null for a topic without stance");
            }
            String targetId = null;
            if (!target.isNull()) {
                JsonFields tf = t.object("target").allow("id", "description");
                tf.string("description", null);
                targetId = required(tf, "id");
                if (!actors.containsKey(targetId)) {
                    throw tf.error("id", "is '" + targetId + "', which is not an actor id");
                }
            }
            topics.put(id, new Schema.Topic(id, description, targetId));
        }
        return topics;
    }

    /** A topic or actor may not take the no-source or no-stance value as its id: a label could not tell them apart. */
    private void refuseReserved(JsonFields f, String id) {
        if (id.equals(noSource) || id.equals(noStance)) {
            throw f.error("id", "is '" + id + "', the schema's " + (id.equals(noSource) ? "no_source" : "no_stance")
                    + " value: choose another id");
        }
    }

    /** An id: a non-blank string without white space at its ends, not among {@code taken}. */
    private static String unique(JsonFields f, String key, Collection<String> taken, String what) {
        String id = id(f, key);
        if (taken.contains(id)) {
            throw f.error(key, "is '" + id + "': " + what + " '" + id + "' is defined twice");
        }
        return id;
    }

    private static String id(JsonFields f, String key) {
        String id = required(f, key);
        if (!id.equals(id.strip())) {
            throw f.error(key, "is '" + id + "': an id has no white space at its ends");
        }
        return id;
    }

    /** A string that must be given and not blank. */
    private static String required(JsonFields f, String key) {
        if (f.raw(key).isMissingNode()) {
            throw f.error(key, "is required");
        }
        String value = f.string(key, "");
        if (value.isBlank()) {
            throw f.error(key, "must not be empty");
        }
        return value;
    }

    private static List<String> nonEmptyStrings(JsonFields root, String key) {
        List<String> values = distinct(root, key);
        if (values.isEmpty()) {
            throw root.error(key, root.has(key) ? "must not be empty" : "is required");
        }
        return values;
    }

    /** A list of strings (empty when absent), each not blank, without white space at its ends, and given once. */
    private static List<String> distinct(JsonFields root, String key) {
        List<String> values = root.strings(key);
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            String at = root.where(key) + "[" + i + "]";
            if (value.isBlank() || !value.equals(value.strip())) {
                throw root.errorAt(at, "is '" + value + "': a value is not blank and has no white space at its ends");
            }
            if (values.indexOf(value) != i) {
                throw root.errorAt(at, "is '" + value + "', which is listed twice");
            }
        }
        return values;
    }

    private static List<JsonFields> nonEmptyObjects(JsonFields root, String key) {
        List<JsonFields> values = root.objects(key);
        if (values.isEmpty()) {
            throw root.error(key, root.has(key) ? "must not be empty" : "is required");
        }
        return values;
    }
}

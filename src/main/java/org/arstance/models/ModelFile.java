package org.arstance.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.arstance.attribution.RuleAttributor;
import org.arstance.features.TfidfVectorizer;
import org.arstance.io.AtomicOutput;
import org.arstance.io.Digests;
import org.arstance.io.Json;
import org.arstance.io.Parallel;
import org.arstance.io.UserInputException;
import org.arstance.io.Versions;
import org.arstance.labels.Schema;

/**
 * The model file: a ZIP archive whose first entry, {@code manifest.json}, holds the provenance
 * and a SHA-256 of every other entry. Entries are written in a fixed order with a fixed time,
 * so the same model gives the same bytes; they are checked against the manifest when read.
 *
 * <pre>
 * manifest.json     provenance + checksums
 * schema.json       the label schema the model was trained with (as loaded)
 * config.json       analysis, feature and model settings
 * vocabulary.json   the frozen vocabulary and IDF
 * lexicon.json      the attribution lexicon the rules used in training (the model's sources and the
 *                   stance classifier's source feature come from it, so the model keeps it)
 * topic.bin         the topic classifier (Tribuo protobuf or Smile serialization)
 * stance.bin        the stance classifier (absent when there is none)
 * source.bin        the learned source extractor (absent when there is none)
 * </pre>
 */
public final class ModelFile {

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final String MANIFEST = "manifest.json";
    private static final String SCHEMA = "schema.json";
    private static final String CONFIG = "config.json";
    private static final String VOCABULARY = "vocabulary.json";
    private static final String LEXICON = "lexicon.json";
    private static final String TOPIC = "topic.bin";
    private static final String STANCE = "stance.bin";
    private static final String SOURCE = "source.bin";
    /** The libraries whose version a model must have been trained with: they define its features and classifiers. */
    private static final Map<String, String> VERSIONED = new java.util.TreeMap<>(Map.of("tribuo", "Tribuo", "lucene", "Lucene", "smile", "Smile"));

    private ModelFile() {
    }

    /** A model's manifest and entries as bytes, ready to be written ({@link #encode}). */
    public record Encoded(byte[] manifest, Map<String, byte[]> entries) {
    }

    /** Writes the model under a temporary name and renames it to {@code file} when complete. */
    public static void write(Path file, ArstanceModel model) {
        write(file, encode(model));
    }

    /** Writes an encoded model under a temporary name and renames it to {@code file} when complete. */
    public static void write(Path file, Encoded encoded) {
        AtomicOutput.write(file, out -> writeZip(out, encoded.manifest(), encoded.entries()));
    }

    /**
     * The model's entries and manifest as bytes: the slow part of writing a model (Tribuo's
     * serialization makes a reflective lookup per feature), which a caller may run early, on
     * another thread, and write later.
     */
    public static Encoded encode(ArstanceModel model) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(SCHEMA, model.schema().json().getBytes(StandardCharsets.UTF_8));
        entries.put(CONFIG, (model.config().toJson() + "\n").getBytes(StandardCharsets.UTF_8));
        entries.put(VOCABULARY, (Json.line(model.vectorizer()) + "\n").getBytes(StandardCharsets.UTF_8));
        entries.put(LEXICON, model.rules().lexiconJson());
        // the classifiers are encoded side by side
        List<byte[]> classifiers = Parallel.run(java.util.Arrays.asList(
                () -> model.topicClassifier().toBytes(),
                () -> model.stanceClassifier() == null ? null : model.stanceClassifier().toBytes(),
                () -> model.sourceClassifier() == null ? null : model.sourceClassifier().toBytes()));
        entries.put(TOPIC, classifiers.get(0));
        if (classifiers.get(1) != null) {
            entries.put(STANCE, classifiers.get(1));
        }
        if (classifiers.get(2) != null) {
            entries.put(SOURCE, classifiers.get(2));
        }
        Map<String, String> sums = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> sums.put(name, Digests.sha256(bytes)));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("provenance", model.provenance());
        manifest.put("entries", sums);
        try {
            return new Encoded(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest), entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeZip(OutputStream out, byte[] manifest, Map<String, byte[]> entries) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
        putEntry(zip, MANIFEST, manifest);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            putEntry(zip, e.getKey(), e.getValue());
        }
        zip.finish();
    }

    private static void putEntry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * Reads and checks a model file; every problem is a {@link UserInputException} naming the file.
     * Entries are read, checked and decoded one at a time, so that the bytes of one classifier are
     * garbage before the next is read. Every entry's checksum is checked here; the learned source
     * extractor is decoded only when the model's attribution mode uses it, else on first use.
     */
    public static ArstanceModel read(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserInputException(file + ": is a folder, not a model file");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return decode(file, zip);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new UserInputException(file + ": no such model file");
        } catch (ZipException | java.io.EOFException e) {
            throw new UserInputException(file + ": not an arstance model file, or truncated (" + e.getMessage() + ")");
        } catch (IOException e) {
            if (!Files.exists(file)) {
                throw new UserInputException(file + ": no such model file");
            }
            throw new UserInputException(file + ": cannot read model file (" + e.getMessage() + ")");
        }
    }

    private static ArstanceModel decode(Path file, ZipFile zip) throws IOException {
        JsonNode manifest;
        try {
            manifest = Json.MAPPER.readTree(entry(file, zip, MANIFEST));
        } catch (JsonProcessingException e) {
            throw new UserInputException(file + ": corrupted model file (unreadable manifest)");
        }
        JsonNode prov = manifest.path("provenance");
        if (!PipelineTrainer.FORMAT.equals(prov.path("format").asText())) {
            throw new UserInputException(file + ": not an arstance model file");
        }
        int version = prov.path("format_version").asInt(-1);
        if (version != PipelineTrainer.FORMAT_VERSION) {
            throw new UserInputException(file + ": model format version " + version + " is not the version this arstance "
                    + "reads (" + PipelineTrainer.FORMAT_VERSION + "): retrain the model");
        }
        Map<String, String> ours = Versions.describe();
        for (Map.Entry<String, String> library : VERSIONED.entrySet()) {
            String theirs = prov.path("versions").path(library.getKey()).asText();
            if (!theirs.equals(ours.get(library.getKey()))) {
                throw new UserInputException(file + ": model trained with " + library.getValue() + " " + theirs + ", this arstance uses "
                        + library.getValue() + " " + ours.get(library.getKey()) + ": retrain the model");
            }
        }
        JsonNode sums = manifest.path("entries");
        // what the manifest lists is what is read (stream refuses a missing entry): a missing classifier is damage, not a model without one
        byte[] sourcePacked = sums.has(SOURCE) ? packed(file, zip, sums) : null;
        try {
            Schema schema = Schema.parse(file + "!" + SCHEMA, new String(checked(file, zip, SCHEMA, sums), StandardCharsets.UTF_8));
            if (!schema.sha256().equals(prov.path("schema_sha256").asText())) {
                throw new UserInputException(file + ": corrupted model file (schema does not match its provenance)");
            }
            PipelineConfig config = PipelineConfig.parse(file + "!" + CONFIG, new String(checked(file, zip, CONFIG, sums), StandardCharsets.UTF_8));
            ModelProvenance provenance = Json.MAPPER.treeToValue(prov, ModelProvenance.class);
            if (provenance.config() == null || !config.toJson().equals(provenance.config().toJson())) {
                throw new UserInputException(file + ": corrupted model file (config does not match its provenance)");
            }
            if (sums.has(STANCE) != (provenance.stanceClassifier() != null) || sums.has(SOURCE) != (provenance.sourceClassifier() != null)) {
                throw new UserInputException(file + ": corrupted model file (its classifiers do not match its provenance)");
            }
            TfidfVectorizer vectorizer = Json.MAPPER.readValue(checked(file, zip, VOCABULARY, sums), TfidfVectorizer.class);
            RuleAttributor rules = new RuleAttributor(schema, checked(file, zip, LEXICON, sums));
            LabelClassifier topic = classifier(checked(file, zip, TOPIC, sums), provenance.topicClassifier(),
                    ArstanceModel.topicSpace(vectorizer, config));
            LabelClassifier stance = sums.has(STANCE)
                    ? classifier(checked(file, zip, STANCE, sums), provenance.stanceClassifier(), ArstanceModel.stanceSpace(vectorizer, schema))
                    : null;
            Supplier<LabelClassifier> source = sourcePacked == null ? () -> null
                    : () -> unpackSource(file, sourcePacked, provenance, ArstanceModel.sourceSpace(vectorizer, schema));
            ArstanceModel model = new ArstanceModel(schema, config, vectorizer, topic, stance, source, rules, provenance);
            if (config.attribution().usesLearnedSource()) {
                model.sourceClassifier();
            }
            return model;
        } catch (IOException | IllegalArgumentException e) {
            throw new UserInputException(file + ": corrupted model file (" + e.getMessage() + ")");
        }
    }

    /**
     * The learned source extractor's entry, checked against its checksum and kept in memory
     * compressed (about two fifths of its size: 12 MB for the main job's model; packing it costs
     * about half a second when a model is read): it is decoded only when first needed, or never (the
     * default attribution mode does not use it), and the model needs its file no more once read.
     */
    private static byte[] packed(Path file, ZipFile zip, JsonNode sums) throws IOException {
        MessageDigest md = Digests.sha256();
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (InputStream in = new DigestInputStream(stream(file, zip, SOURCE), md);
             DeflaterOutputStream out = new DeflaterOutputStream(packed, deflater)) {
            in.transferTo(out);
        } finally {
            deflater.end();
        }
        check(file, SOURCE, Digests.hex(md), sums);
        return packed.toByteArray();
    }

    /** The learned source extractor, decoded from its checked, compressed entry when first needed. */
    private static LabelClassifier unpackSource(Path file, byte[] packed, ModelProvenance provenance, FeatureSpace space) {
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(packed))) {
            return classifier(in.readAllBytes(), provenance.sourceClassifier(), space);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserInputException(file + ": corrupted model file (" + SOURCE + ": " + e.getMessage() + ")");
        }
    }

    private static InputStream stream(Path file, ZipFile zip, String name) throws IOException {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new UserInputException(file + ": incomplete model file (no " + name + ")");
        }
        return zip.getInputStream(e);
    }

    private static byte[] entry(Path file, ZipFile zip, String name) throws IOException {
        try (InputStream in = stream(file, zip, name)) {
            return in.readAllBytes();
        }
    }

    /** An entry's bytes, checked against the manifest's checksum. */
    private static byte[] checked(Path file, ZipFile zip, String name, JsonNode sums) throws IOException {
        byte[] bytes = entry(file, zip, name);
        check(file, name, Digests.sha256(bytes), sums);
        return bytes;
    }

    private static void check(Path file, String name, String sha256, JsonNode sums) {
        if (!sums.has(name)) {
            throw new UserInputException(file + ": corrupted model file (no checksum for " + name + ")");
        }
        if (!sha256.equals(sums.path(name).asText())) {
            throw new UserInputException(file + ": corrupted model file (checksum of " + name + " does not match)");
        }
    }

    private static LabelClassifier classifier(byte[] bytes, String kind, FeatureSpace space) {
        if (kind == null) {
            throw new IllegalArgumentException("classifier kind missing from provenance");
        }
        String family = kind.substring(kind.indexOf(':') + 1);
        TrainerKind trainer = TrainerKind.fromId(family);
        return trainer == TrainerKind.SMILE_LOGISTIC
                ? SmileLabelClassifier.fromBytes(bytes, space)
                : TribuoLabelClassifier.fromBytes(bytes, space, trainer);
    }
}

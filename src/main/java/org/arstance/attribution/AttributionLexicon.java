package org.arstance.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arstance.io.Json;
import org.arstance.text.MatchForm;

/**
 * The Arabic attribution lexicon ({@code lexicon.json}): verbs of saying with their inflections,
 * attribution phrases, channel-only news agencies, the words where reported content begins, the
 * first-person words of a writer's own voice, and the disclaimers that mark an opinion piece.
 * Every form is kept in matching form ({@link MatchText#normalize}).
 */
final class AttributionLexicon {

    private static final String RESOURCE = "lexicon.json";

    /** Every inflected, prefixed form of a verb of saying → the verb family (its dictionary form). */
    private final Map<String, String> verbForms = new HashMap<>();
    /** The adverbial forms among them (مشيرا، مؤكدة). */
    private final Set<String> adverbials = new HashSet<>();
    private final List<List<String>> phrases;
    /** Impersonal uses of a verb of saying (يُذكر أن): background, nobody's statement. */
    private final List<List<String>> impersonal;
    private final List<List<String>> channels;
    private final Set<List<String>> stateChannels;
    private final Set<String> contentWords = new HashSet<>();
    private final Set<String> writerVoice;
    /** An outlet's disclaimer that marks an article as an opinion piece. */
    private final List<List<String>> opinionMarkers;
    private final Set<String> opinionMarkerStarts = new HashSet<>();
    /** Words of a speaker's phrase that are no name of theirs: titles, offices, function words (الرئيس، وزير، على). */
    private final Set<String> notNames;
    /** Verb families whose subject relays someone else's words (نقلت الوكالة عن …): a channel subject does not end the search. */
    private final Set<String> relayVerbs = new HashSet<>();
    /** Particles that deny a verb of saying right after them (لم يذكر). */
    private final Set<String> negations;
    /** Relative pronouns: a verb of saying right after one is background (التي أعلنتها). */
    private final Set<String> relativePronouns;
    /** Forms of كان that open a pluperfect كان … قد + verb. */
    private final Set<String> auxiliaries;
    private final String perfectParticle;
    private final String contentPunctuation;
    private final int windowAfter;
    private final int windowBefore;

    private AttributionLexicon(JsonNode root) {
        List<String> prefixes = strings(root.get("prefixes"));
        List<String> objects = strings(root.get("object_suffixes"));
        List<String> pastSuffixes = strings(root.get("regular_past_suffixes"));
        List<String> presentVariants = strings(root.get("regular_present_variants"));
        List<String> presentSuffixes = strings(root.get("regular_present_suffixes"));
        root.get("verbs").fields().forEachRemaining(e -> {
            String family = e.getKey();
            JsonNode v = e.getValue();
            Set<String> stems = new HashSet<>();
            List<String> past = strings(v.get("past"));
            List<String> present = strings(v.get("present"));
            if (past.size() == 1) {
                pastSuffixes.forEach(s -> stems.add(past.get(0) + s));
            } else {
                stems.addAll(past);
            }
            if (present.size() == 1 && present.get(0).startsWith("ي")) {
                String rest = present.get(0).substring(1);
                for (String pv : presentVariants) {
                    presentSuffixes.forEach(s -> stems.add(pv + rest + s));
                }
            } else {
                stems.addAll(present);
            }
            for (String stem : stems) {
                for (String p : prefixes) {
                    for (String o : objects) {
                        verbForms.put(MatchText.normalize(p + stem + o), family);
                    }
                }
            }
            // adverbial forms (مشيرا، مؤكدة …) cue a speaker like the verb itself
            for (String a : strings(v.get("adverbial"))) {
                for (String p : prefixes) {
                    String form = MatchText.normalize(p + a);
                    verbForms.put(form, family);
                    adverbials.add(form);
                }
            }
        });
        this.phrases = phraseList(root, "phrases");
        this.impersonal = phraseList(root, "impersonal");
        this.channels = phraseList(root, "channels");
        this.stateChannels = Set.copyOf(phraseList(root, "state_channels"));
        this.opinionMarkers = phraseList(root, "opinion_markers");
        opinionMarkers.forEach(m -> opinionMarkerStarts.add(m.get(0)));
        this.writerVoice = wordSet(root, "writer_voice");
        this.notNames = wordSet(root, "not_names");
        this.negations = wordSet(root, "negations");
        this.relativePronouns = wordSet(root, "relative_pronouns");
        this.auxiliaries = wordSet(root, "auxiliaries");
        // forms of a verb of saying that mean something else (تدعى "is called") are no verb at all
        verbForms.keySet().removeAll(wordSet(root, "not_cues"));
        this.perfectParticle = root.hasNonNull("perfect_particle") ? MatchText.normalize(root.get("perfect_particle").asText()) : null;
        StringBuilder punct = new StringBuilder();
        for (String m : strings(root.get("content_markers"))) {
            String n = MatchText.normalize(m);
            if (n.chars().allMatch(Character::isLetter)) {
                contentWords.add(n);
            } else {
                punct.append(n);
            }
        }
        this.contentPunctuation = punct.toString();
        relayVerbs.addAll(strings(root.get("relay_verbs")));
        this.windowAfter = root.get("window_after").asInt();
        this.windowBefore = root.get("window_before").asInt();
    }

    /** The lexicon shipped with arstance, as its file's bytes. */
    static byte[] defaultBytes() {
        try (InputStream in = AttributionLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lexicon from a lexicon file's bytes; malformed JSON or a missing entry is an IllegalArgumentException. */
    static AttributionLexicon parse(byte[] json) {
        try {
            return new AttributionLexicon(Json.MAPPER.readTree(json));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable attribution lexicon (" + e.getMessage() + ")", e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    /** The entry's words, each in matching form. */
    private static Set<String> wordSet(JsonNode root, String key) {
        Set<String> out = new HashSet<>();
        strings(root.get(key)).forEach(w -> out.add(MatchText.normalize(w)));
        return out;
    }

    /** The entry's phrases, each as its words in matching form. */
    private static List<List<String>> phraseList(JsonNode root, String key) {
        List<List<String>> out = new ArrayList<>();
        strings(root.get(key)).forEach(p -> out.add(words(p)));
        return out;
    }

    /** The phrase's words in matching form, as the schema's checks compare actor aliases ({@link MatchForm#words}). */
    static List<String> words(String phrase) {
        return MatchForm.words(phrase);
    }

    /** The verb family of a token, or null when it is no verb of saying. */
    String verb(String token) {
        return verbForms.get(token);
    }

    /** True for an adverbial form of a verb of saying (مشيرا، مؤكدة). */
    boolean isAdverbial(String token) {
        return adverbials.contains(token);
    }

    boolean isNegation(String token) {
        return negations.contains(token);
    }

    boolean isRelativePronoun(String token) {
        return relativePronouns.contains(token);
    }

    boolean isAuxiliary(String token) {
        return auxiliaries.contains(token);
    }

    boolean isPerfectParticle(String token) {
        return token.equals(perfectParticle);
    }

    /** True when the channel's words (in matching form) name a kind of outlet a state runs (وكالة الأنباء، التلفزيون الرسمي). */
    boolean isStateChannel(List<String> words) {
        return stateChannels.contains(words);
    }

    boolean isRelay(String token) {
        String family = verbForms.get(token);
        return family != null && relayVerbs.contains(family);
    }

    List<List<String>> phrases() {
        return phrases;
    }

    /** True when the tokens from {@code i} read as an impersonal use of a verb of saying (و/ف allowed before it). */
    boolean impersonalAt(List<MatchText.Token> tokens, int i) {
        return phraseEnd(impersonal, tokens, i, true) >= 0;
    }

    /**
     * Index of the last token of the first of {@code phrases} that starts at token {@code i} (its
     * first word possibly after و or ف when {@code conjunction}), or -1.
     */
    private static int phraseEnd(List<List<String>> phrases, List<MatchText.Token> tokens, int i, boolean conjunction) {
        String t = tokens.get(i).text();
        String bare = conjunction && t.length() > 1 && (t.startsWith("و") || t.startsWith("ف")) ? t.substring(1) : null;
        for (List<String> p : phrases) {
            if ((t.equals(p.get(0)) || p.get(0).equals(bare)) && restAt(p, tokens, i)) {
                return i + p.size() - 1;
            }
        }
        return -1;
    }

    /** True when {@code words} after their first one match the tokens after {@code i}. */
    static boolean restAt(List<String> words, List<MatchText.Token> tokens, int i) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            if (!tokens.get(i + k).text().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    List<List<String>> channels() {
        return channels;
    }

    /** Index of the last token of an opinion-piece disclaimer starting at {@code i}, or -1. */
    int opinionMarkerAt(List<MatchText.Token> tokens, int i) {
        return opinionMarkerStarts.contains(tokens.get(i).text()) ? phraseEnd(opinionMarkers, tokens, i, false) : -1;
    }

    boolean isNotName(String token) {
        return notNames.contains(token);
    }

    boolean isWriterVoice(String token) {
        return writerVoice.contains(token);
    }

    boolean isContentWord(String token) {
        return contentWords.contains(token);
    }

    /** True when the text between two words holds a mark where reported content begins (: « "). */
    boolean opensContent(String between) {
        for (int i = 0; i < between.length(); i++) {
            if (contentPunctuation.indexOf(between.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    int windowAfter() {
        return windowAfter;
    }

    int windowBefore() {
        return windowBefore;
    }
}

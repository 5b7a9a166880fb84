package org.arstance.evaluation;

import java.nio.file.Path;
import org.arstance.io.UserInputException;

/**
 * How labelled paragraphs are split into training and held-out sides.
 * <ul>
 *   <li>{@code file}: leave one source file (document) out, one fold per file;</li>
 *   <li>{@code source}: leave one news outlet out, one fold per outlet;</li>
 *   <li>{@code article}: grouped 5-fold cross-validation, whole stories (an article and its copies) assigned at random (seeded);</li>
 *   <li>{@code kfold:K}: K folds stratified by topic, grouped by story;</li>
 *   <li>{@code holdout:FILE}: train on the labels, test on a labelled file.</li>
 * </ul>
 * No protocol ever puts one article on both sides.
 */
public record Protocol(Kind kind, int k, Path holdout) {

    /** The protocol families. */
    public enum Kind { FILE, SOURCE, ARTICLE, KFOLD, HOLDOUT }

    public static final String DEFAULT = "kfold:5";

    public static Protocol parse(String spec) {
        if (spec.equals("file")) {
            return new Protocol(Kind.FILE, 0, null);
        }
        if (spec.equals("source")) {
            return new Protocol(Kind.SOURCE, 0, null);
        }
        if (spec.equals("article")) {
            return new Protocol(Kind.ARTICLE, 5, null);
        }
        if (spec.startsWith("kfold:")) {
            int k;
            try {
                k = Integer.parseInt(spec.substring(6));
            } catch (NumberFormatException e) {
                throw new UserInputException("protocol '" + spec + "': K must be a whole number");
            }
            if (k < 2) {
                throw new UserInputException("protocol '" + spec + "': K must be at least 2");
            }
            return new Protocol(Kind.KFOLD, k, null);
        }
        if (spec.startsWith("holdout:") && spec.length() > 8) {
            return new Protocol(Kind.HOLDOUT, 0, Path.of(spec.substring(8)));
        }
        throw new UserInputException("unknown protocol '" + spec + "' (file, source, article, kfold:K or holdout:FILE)");
    }

    /** The protocol as written on the command line. */
    public String spec() {
        return switch (kind) {
            case FILE -> "file";
            case SOURCE -> "source";
            case ARTICLE -> "article";
            case KFOLD -> "kfold:" + k;
            case HOLDOUT -> "holdout:" + holdout;
        };
    }

    private static final String STORY = "a story is an article with its copies: articles sharing a labelled paragraph's"
            + " text, a run of " + Stories.SHINGLE_WORDS + " words of one (punctuation and marks aside), or their whole text;"
            + " the title and paragraphs a labelled paragraph's topic is read with count as its text here";

    /** The protocol in words, for reports. */
    public String describe() {
        return switch (kind) {
            case FILE -> "leave one source file out: one fold per file; each fold trains on every other file, less any copy"
                    + " of a held-out article (" + STORY + ")";
            case SOURCE -> "leave one news outlet out: one fold per outlet; each fold trains on every other outlet, less any"
                    + " copy of a held-out article (" + STORY + ")";
            case ARTICLE -> "grouped " + k + "-fold cross-validation: whole stories are assigned to folds at random (seeded; "
                    + STORY + ")";
            case KFOLD -> k + "-fold cross-validation stratified by topic and grouped by story: whole stories are "
                    + "assigned to folds so that each fold's topic mix is as close to the whole as the stories allow ("
                    + STORY + ")";
            case HOLDOUT -> "train on the labels, test on the labelled file " + holdout
                    + " (training paragraphs from a story present in that file are left out; " + STORY + ")";
        };
    }
}

package org.arstance.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.arstance.io.UserInputException;
import org.arstance.labels.LabelRecord;

/**
 * Splits labelled paragraphs into folds under a {@link Protocol}. Every split is by whole
 * story ({@link Stories}: an article with its copies under other ids), so no article ever sits on
 * both sides: the random protocols deal out stories, and the others (a file, an outlet, a holdout
 * file) leave out of the training side every story that has an article on the test side. Random
 * choices come from the seed only.
 */
public final class FoldPlanner {

    private FoldPlanner() {
    }

    /** {@link #plan(Protocol, List, List, List, long)} with no extra training records. */
    public static List<Fold> plan(Protocol protocol, List<LabelRecord> records, List<LabelRecord> holdout, long seed) {
        return plan(protocol, records, holdout, List.of(), seed);
    }

    /**
     * @param holdout the records of the holdout file (for {@code holdout:FILE}), else ignored
     * @param extra   records added to every fold's training side and never tested, except those whose
     *                story has an article on the fold's test side
     */
    public static List<Fold> plan(Protocol protocol, List<LabelRecord> records, List<LabelRecord> holdout,
                                  List<LabelRecord> extra, long seed) {
        return plan(protocol, records, holdout, extra, seed, stories(protocol, records, holdout));
    }

    /**
     * The stories a plan deals out: those of the evaluated paragraphs alone (the labels, and the
     * holdout file's for {@code holdout:FILE}), so that extra training data never moves a paragraph
     * to another fold.
     */
    static Stories stories(Protocol protocol, List<LabelRecord> records, List<LabelRecord> holdout) {
        return Stories.among(evaluated(protocol, records, holdout));
    }

    private static List<LabelRecord> evaluated(Protocol protocol, List<LabelRecord> records, List<LabelRecord> holdout) {
        List<LabelRecord> evaluated = new ArrayList<>(records);
        if (protocol.kind() == Protocol.Kind.HOLDOUT && holdout != null) {
            evaluated.addAll(holdout);
        }
        return evaluated;
    }

    /** As {@link #plan(Protocol, List, List, List, long)}, with the {@link #stories} already worked out. */
    static List<Fold> plan(Protocol protocol, List<LabelRecord> records, List<LabelRecord> holdout,
                           List<LabelRecord> extra, long seed, Stories stories) {
        // the extra records are kept apart from each fold's test side by the stories of all of them together
        List<Fold> folds = switch (protocol.kind()) {
            case FILE -> byGroup(records, LabelRecord::doc, stories, "file", "files");
            case SOURCE -> byGroup(records, LabelRecord::outlet, stories, "source", "outlets");
            case ARTICLE -> randomGroups(records, stories, protocol.k(), seed);
            case KFOLD -> stratifiedGroups(records, stories, protocol.k(), seed);
            case HOLDOUT -> holdoutFold(protocol, records, holdout, stories);
        };
        if (extra.isEmpty()) {
            return folds;
        }
        List<LabelRecord> every = evaluated(protocol, records, holdout);
        every.addAll(extra);
        Stories withExtra = Stories.among(every);
        List<Fold> out = new ArrayList<>();
        for (Fold f : folds) {
            List<LabelRecord> train = new ArrayList<>(f.train());
            train.addAll(withExtra.apartFrom(extra, f.test()));
            out.add(new Fold(f.name(), train, f.test()));
        }
        return out;
    }

    /**
     * One fold per value of {@code group} (a file, an outlet): every article lies within one group,
     * and a story with an article in the tested group is left out of the training side.
     */
    private static List<Fold> byGroup(List<LabelRecord> records, java.util.function.Function<LabelRecord, String> group,
                                      Stories stories, String protocol, String what) {
        Map<String, List<LabelRecord>> groups = new TreeMap<>();
        for (LabelRecord r : records) {
            groups.computeIfAbsent(group.apply(r), d -> new ArrayList<>()).add(r);
        }
        if (groups.size() < 2) {
            throw new UserInputException("protocol '" + protocol + "' needs labels from two or more " + what + ", got "
                    + groups.keySet());
        }
        List<Fold> folds = new ArrayList<>();
        for (String g : groups.keySet()) {
            List<LabelRecord> test = groups.get(g);
            List<LabelRecord> train = stories.apartFrom(records.stream().filter(r -> !group.apply(r).equals(g)).toList(), test);
            folds.add(new Fold(g, train, test));
        }
        return folds;
    }

    /** The records of each story, by story. */
    private static Map<String, List<LabelRecord>> byStory(List<LabelRecord> records, Stories stories) {
        Map<String, List<LabelRecord>> groups = new TreeMap<>();
        for (LabelRecord r : records) {
            groups.computeIfAbsent(stories.of(r), a -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    private static List<Fold> randomGroups(List<LabelRecord> records, Stories stories, int k, long seed) {
        Map<String, List<LabelRecord>> groups = byStory(records, stories);
        checkEnough(groups, k);
        List<String> keys = new ArrayList<>(groups.keySet());
        Collections.shuffle(keys, new Random(seed));
        List<Set<String>> assigned = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            assigned.add(new HashSet<>());
        }
        for (int i = 0; i < keys.size(); i++) {
            assigned.get(i % k).add(keys.get(i));
        }
        return folds(records, stories, assigned);
    }

    /**
     * Stories in seeded random order, largest first, each placed in the fold where the per-topic
     * proportions across folds stay most even (the greedy rule of scikit-learn's
     * StratifiedGroupKFold).
     */
    private static List<Fold> stratifiedGroups(List<LabelRecord> records, Stories stories, int k, long seed) {
        Map<String, List<LabelRecord>> groups = byStory(records, stories);
        checkEnough(groups, k);
        List<String> topics = records.stream().map(LabelRecord::topic).distinct().sorted().toList();
        Map<String, int[]> counts = new LinkedHashMap<>();
        int[] total = new int[topics.size()];
        for (Map.Entry<String, List<LabelRecord>> g : groups.entrySet()) {
            int[] c = new int[topics.size()];
            for (LabelRecord r : g.getValue()) {
                c[topics.indexOf(r.topic())]++;
                total[topics.indexOf(r.topic())]++;
            }
            counts.put(g.getKey(), c);
        }
        List<String> keys = new ArrayList<>(groups.keySet());
        Collections.shuffle(keys, new Random(seed));
        keys.sort((a, b) -> Integer.compare(groups.get(b).size(), groups.get(a).size()));
        int[][] foldCounts = new int[k][topics.size()];
        int[] foldSizes = new int[k];
        List<Set<String>> assigned = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            assigned.add(new HashSet<>());
        }
        for (String key : keys) {
            int[] c = counts.get(key);
            int best = -1;
            double bestSpread = Double.POSITIVE_INFINITY;
            for (int f = 0; f < k; f++) {
                for (int t = 0; t < c.length; t++) {
                    foldCounts[f][t] += c[t];
                }
                double spread = spread(foldCounts, total);
                for (int t = 0; t < c.length; t++) {
                    foldCounts[f][t] -= c[t];
                }
                if (spread < bestSpread - 1e-12 || (Math.abs(spread - bestSpread) <= 1e-12 && foldSizes[f] < foldSizes[best])) {
                    best = f;
                    bestSpread = spread;
                }
            }
            for (int t = 0; t < c.length; t++) {
                foldCounts[best][t] += c[t];
            }
            foldSizes[best] += groups.get(key).size();
            assigned.get(best).add(key);
        }
        return folds(records, stories, assigned);
    }

    /** Mean over topics of the standard deviation, across folds, of the fold's share of that topic. */
    private static double spread(int[][] foldCounts, int[] total) {
        double sum = 0;
        for (int t = 0; t < total.length; t++) {
            double mean = 0;
            double[] share = new double[foldCounts.length];
            for (int f = 0; f < foldCounts.length; f++) {
                share[f] = foldCounts[f][t] / (double) total[t];
                mean += share[f];
            }
            mean /= foldCounts.length;
            double var = 0;
            for (double s : share) {
                var += (s - mean) * (s - mean);
            }
            sum += Math.sqrt(var / foldCounts.length);
        }
        return sum / total.length;
    }

    private static void checkEnough(Map<String, List<LabelRecord>> groups, int k) {
        if (groups.size() < k) {
            throw new UserInputException("cannot make " + k + " folds from " + groups.size() + " articles (stories)");
        }
    }

    private static List<Fold> folds(List<LabelRecord> records, Stories stories, List<Set<String>> assigned) {
        List<Fold> folds = new ArrayList<>();
        for (int f = 0; f < assigned.size(); f++) {
            Set<String> test = assigned.get(f);
            folds.add(new Fold("fold-" + (f + 1),
                    records.stream().filter(r -> !test.contains(stories.of(r))).toList(),
                    records.stream().filter(r -> test.contains(stories.of(r))).toList()));
        }
        return folds;
    }

    private static List<Fold> holdoutFold(Protocol protocol, List<LabelRecord> records, List<LabelRecord> holdout,
                                          Stories stories) {
        if (holdout == null || holdout.isEmpty()) {
            // the CLI loads the file (LabelSet.load); a program calling the evaluator passes its records
            throw new UserInputException(protocol.holdout() + ": no held-out paragraph given (the holdout file's records, "
                    + "as LabelSet.load reads them, are the evaluation's holdout argument)");
        }
        Set<String> testIds = new HashSet<>();
        holdout.forEach(r -> testIds.add(r.id()));
        List<LabelRecord> train = stories.apartFrom(records.stream().filter(r -> !testIds.contains(r.id())).toList(), holdout);
        if (train.isEmpty()) {
            throw new UserInputException(protocol.holdout() + ": every training article is also in the holdout file");
        }
        return List.of(new Fold("holdout", train, holdout));
    }
}

package cyd.prompt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Scores the question coach against the labelled council questions in {@code coach/questions.tsv}: accuracy per part,
 * language and kind, with a confusion table, written to {@code target/coach-report.md} ({@code bench/coach.sh} copies
 * it to {@code bench/COACH.md}). Only the develop part's misses are named: the held-out part is scored, never read
 * while the rules change.
 */
class QuestionCoachSetTest {

    static final double HELD_OUT_AIM = 0.95;

    /** Developed on; split off at random before any rule was written; written after the rules were settled. */
    static final List<String> PARTS = List.of("develop", "held-out", "written-after");

    record Labelled(String lang, QuestionCoach.Verdict kind, String part, String question) {
    }

    static List<Labelled> load() throws IOException {
        List<Labelled> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                QuestionCoachSetTest.class.getResourceAsStream("/coach/questions.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 4);
                rows.add(new Labelled(f[0], QuestionCoach.Verdict.valueOf(f[1].toUpperCase(Locale.ROOT)), f[2], f[3]));
            }
        }
        return rows;
    }

    /** Counts of [expected][read] for one part and language. */
    static final class Tally {
        final int[][] counts = new int[3][3];

        void add(QuestionCoach.Verdict expected, QuestionCoach.Verdict read) {
            counts[expected.ordinal()][read.ordinal()]++;
        }

        int total() {
            int n = 0;
            for (int[] row : counts) {
                for (int c : row) {
                    n += c;
                }
            }
            return n;
        }

        int right() {
            return counts[0][0] + counts[1][1] + counts[2][2];
        }

        double accuracy() {
            return total() == 0 ? 0 : (double) right() / total();
        }

        String ofKind(QuestionCoach.Verdict kind) {
            int[] row = counts[kind.ordinal()];
            int n = row[0] + row[1] + row[2];
            return String.format(Locale.UK, "%d/%d (%.1f%%)", row[kind.ordinal()], n, n == 0 ? 0.0 : 100.0 * row[kind.ordinal()] / n);
        }
    }

    @Test
    void readsCouncilQuestionsAsTheyAreLabelled() throws IOException {
        List<Labelled> rows = load();
        Map<String, Tally> tallies = new java.util.LinkedHashMap<>();
        List<String> developMisses = new ArrayList<>();
        for (String part : PARTS) {
            for (String lang : List.of("en", "cy")) {
                tallies.put(part + " " + lang, new Tally());
            }
        }
        for (Labelled row : rows) {
            QuestionCoach.Advice advice = QuestionCoach.read(row.question(), row.lang());
            tallies.get(row.part() + " " + row.lang()).add(row.kind(), advice.verdict());
            if (!PARTS.contains(row.part())) {
                throw new IllegalStateException("unknown part " + row.part());
            }
            if (row.part().equals("develop") && advice.verdict() != row.kind()) {
                developMisses.add("[" + row.lang() + "] " + row.kind() + " read as " + advice.verdict() + " "
                        + advice.reasons() + ": " + row.question());
            }
        }

        // Time per question: every question read many times, after a warm-up, on one thread.
        for (int i = 0; i < 50; i++) {
            rows.forEach(r -> QuestionCoach.read(r.question(), r.lang()));
        }
        int rounds = 200;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            rows.forEach(r -> QuestionCoach.read(r.question(), r.lang()));
        }
        double microsEach = (System.nanoTime() - start) / 1000.0 / rounds / rows.size();

        String report = report(rows.size(), tallies, microsEach);
        Path out = Path.of("target", "coach-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
        developMisses.forEach(m -> System.out.println("develop miss: " + m));

        for (String part : List.of("held-out", "written-after")) {
            for (String lang : List.of("en", "cy")) {
                Tally held = tallies.get(part + " " + lang);
                assertTrue(held.total() >= 40, part + " " + lang + " has too few questions to score");
                assertTrue(held.accuracy() >= HELD_OUT_AIM, String.format(Locale.UK,
                        "%s %s: %d of %d read right (%.1f%%), aim %.0f%%", part, lang, held.right(), held.total(),
                        100 * held.accuracy(), 100 * HELD_OUT_AIM));
            }
        }
    }

    static String report(int size, Map<String, Tally> tallies, double microsEach) {
        StringBuilder s = new StringBuilder();
        s.append("| Part | Language | Questions | Read right | Open | Closed | Vague |\n|---|---|---|---|---|---|---|\n");
        tallies.forEach((key, t) -> {
            String[] k = key.split(" ");
            s.append(String.format(Locale.UK, "| %s | %s | %d | %.1f%% | %s | %s | %s |%n", k[0],
                    k[1].equals("cy") ? "Welsh" : "English", t.total(), 100 * t.accuracy(),
                    t.ofKind(QuestionCoach.Verdict.OPEN), t.ofKind(QuestionCoach.Verdict.CLOSED),
                    t.ofKind(QuestionCoach.Verdict.VAGUE)));
        });
        s.append("\nConfusion (rows: as labelled; columns: as the coach read them):\n");
        tallies.forEach((key, t) -> {
            String[] k = key.split(" ");
            s.append("\n").append(k[0]).append(", ").append(k[1].equals("cy") ? "Welsh" : "English").append(":\n\n");
            s.append("| labelled \\ read | open | closed | vague |\n|---|---|---|---|\n");
            for (QuestionCoach.Verdict v : QuestionCoach.Verdict.values()) {
                int[] row = t.counts[v.ordinal()];
                s.append(String.format("| %s | %d | %d | %d |%n", v.name().toLowerCase(Locale.ROOT), row[0], row[1], row[2]));
            }
        });
        s.append(String.format(Locale.UK, "%nTime: %.1f µs a question (mean over %d questions read 200 times on one thread, after a warm-up).%n",
                microsEach, size));
        return s.toString();
    }
}

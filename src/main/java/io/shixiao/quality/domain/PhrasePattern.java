package io.shixiao.quality.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A listed phrase read the way the seed writes its phrases: clauses of words, separated by
 * punctuation; {@code xxx} or {@code ×××} for any name or number (「不是xxx公司」, 「你只能去找×××」); a
 * character or two in brackets as an alternative to as many characters before it (「你声音大(小)一点儿」);
 * longer bracketed text as the seed's explanation, not part of what is said
 * (「计算机计费不会错的!(言下之意是“肯定是你错了!”)」). Characters are folded like the texts checked.
 */
public final class PhrasePattern {

    /** Fewer folded characters than this would block ordinary words. */
    static final int MINIMUM_CHARACTERS = 2;

    /** The longest name or number a placeholder stands for, in folded characters (a phone number with area code). */
    static final int PLACEHOLDER_LENGTH = 20;

    private static final Pattern PLACEHOLDER = Pattern.compile("[xXｘＸ]{2,}|[×＊*]+");

    private final List<Clause> clauses;

    private PhrasePattern(List<Clause> clauses) {
        this.clauses = List.copyOf(clauses);
    }

    /** Reads {@code phrase}; a {@link PhraseSyntaxException} says what is wrong with it. */
    public static PhrasePattern parse(String phrase, TextNormaliser normaliser) {
        return new Reader(phrase, normaliser).read();
    }

    List<Clause> clauses() {
        return clauses;
    }

    /** The folded words of clauses {@code from} to {@code to} (exclusive), first alternatives, no placeholders. */
    int[] words(ClauseRange range) {
        return clauses.subList(range.from(), range.to()).stream()
                .flatMapToInt(clause -> Arrays.stream(clause.words()))
                .toArray();
    }

    ClauseRange whole() {
        return new ClauseRange(0, clauses.size());
    }

    /** Where {@code part}'s clauses stand in this phrase, one after another, if they do. */
    Optional<ClauseRange> find(PhrasePattern part) {
        int size = part.clauses.size();
        for (int from = 0; from + size <= clauses.size(); from++) {
            if (clauses.subList(from, from + size).equals(part.clauses)) {
                return Optional.of(new ClauseRange(from, from + size));
            }
        }
        return Optional.empty();
    }

    /** A run of whole clauses of a phrase, {@code from} inclusive, {@code to} exclusive. */
    record ClauseRange(int from, int to) {}

    /** Words between two punctuation marks of the phrase. */
    record Clause(List<Element> elements) {

        Clause {
            elements = List.copyOf(elements);
        }

        int[] words() {
            return elements.stream()
                    .filter(Literal.class::isInstance)
                    .mapToInt(element -> ((Literal) element).options()[0])
                    .toArray();
        }
    }

    /** One part of a clause. */
    sealed interface Element permits Literal, Placeholder {}

    /** One character of the phrase, or its bracketed alternatives. */
    record Literal(int[] options) implements Element {

        boolean accepts(int codePoint) {
            for (int option : options) {
                if (option == codePoint) {
                    return true;
                }
            }
            return false;
        }

        Literal with(int alternative) {
            int[] more = Arrays.copyOf(options, options.length + 1);
            more[options.length] = alternative;
            return new Literal(more);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Literal literal && Arrays.equals(options, literal.options);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(options);
        }

        @Override
        public String toString() {
            return new String(options, 0, options.length);
        }
    }

    /** Any name or number of up to {@link #PLACEHOLDER_LENGTH} characters, where the seed writes xxx. */
    record Placeholder() implements Element {}

    private static final class Reader {
        private final String phrase;
        private final TextNormaliser normaliser;
        private final List<Clause> clauses = new ArrayList<>();
        private List<Element> clause = new ArrayList<>();

        Reader(String phrase, TextNormaliser normaliser) {
            this.phrase = phrase;
            this.normaliser = normaliser;
        }

        PhrasePattern read() {
            Matcher placeholder = PLACEHOLDER.matcher(phrase);
            int offset = 0;
            while (offset < phrase.length()) {
                int codePoint = phrase.codePointAt(offset);
                if (codePoint == '(' || codePoint == '（') {
                    offset = bracket(offset);
                } else if (placeholder.region(offset, phrase.length()).lookingAt()) {
                    if (clause.isEmpty() || !(clause.get(clause.size() - 1) instanceof Placeholder)) {
                        clause.add(new Placeholder());
                    }
                    offset = placeholder.end();
                } else {
                    int[] folded = normaliser.fold(codePoint);
                    if (folded.length == 0) {
                        endClause();
                    }
                    for (int each : folded) {
                        clause.add(new Literal(new int[] {each}));
                    }
                    offset += Character.charCount(codePoint);
                }
            }
            endClause();
            int characters = clauses.stream().mapToInt(c -> c.words().length).sum();
            if (characters < MINIMUM_CHARACTERS) {
                throw new PhraseSyntaxException("「" + phrase + "」 has fewer than " + MINIMUM_CHARACTERS
                        + " characters to match once spaces, punctuation and placeholders are left out");
            }
            return new PhrasePattern(clauses);
        }

        // 大(小): the bracket offers 小 in place of 大; a longer bracket explains the phrase.
        private int bracket(int open) {
            int close = closing(open);
            String inside = phrase.substring(open + 1, close);
            int[] alternative = inside.codePoints()
                    .flatMap(cp -> Arrays.stream(normaliser.fold(cp)))
                    .toArray();
            int replaced = alternative.length;
            if (replaced >= 1 && replaced <= 2 && trailingLiterals() >= replaced) {
                for (int k = 0; k < replaced; k++) {
                    int index = clause.size() - replaced + k;
                    clause.set(index, ((Literal) clause.get(index)).with(alternative[k]));
                }
            } else {
                endClause();
            }
            return close + 1;
        }

        // Words folded like a text's (甚么 → 什么), over each run of single characters between placeholders.
        private List<Element> foldWords(List<Element> elements) {
            List<Element> folded = new ArrayList<>(elements);
            int start = 0;
            while (start < folded.size()) {
                int end = start;
                while (end < folded.size()
                        && folded.get(end) instanceof Literal literal
                        && literal.options().length == 1) {
                    end++;
                }
                if (end > start) {
                    int[] run = folded.subList(start, end).stream()
                            .mapToInt(e -> ((Literal) e).options()[0])
                            .toArray();
                    normaliser.foldWords(run);
                    for (int i = start; i < end; i++) {
                        folded.set(i, new Literal(new int[] {run[i - start]}));
                    }
                }
                start = end + 1;
            }
            return folded;
        }

        private int closing(int open) {
            for (int offset = open + 1; offset < phrase.length(); offset++) {
                char c = phrase.charAt(offset);
                if (c == ')' || c == '）') {
                    return offset;
                }
            }
            throw new PhraseSyntaxException("「" + phrase + "」 opens a bracket at " + open + " that is not closed");
        }

        private int trailingLiterals() {
            int count = 0;
            for (int i = clause.size() - 1; i >= 0 && clause.get(i) instanceof Literal; i--) {
                count++;
            }
            return count;
        }

        // A placeholder at either end of a clause matches nothing in particular: it is left out.
        private void endClause() {
            while (!clause.isEmpty() && clause.get(0) instanceof Placeholder) {
                clause.remove(0);
            }
            while (!clause.isEmpty() && clause.get(clause.size() - 1) instanceof Placeholder) {
                clause.remove(clause.size() - 1);
            }
            if (!clause.isEmpty()) {
                clauses.add(new Clause(foldWords(clause)));
            }
            clause = new ArrayList<>();
        }
    }
}

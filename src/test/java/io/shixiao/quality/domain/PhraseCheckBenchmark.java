package io.shixiao.quality.domain;

import io.shixiao.quality.ServiceStage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to check one text against the 98 seed phrases: exact matching of every core, wording
 * similarity of every applicable phrase. The text is polite replies from the labelled examples with
 * one disguised phrase in the middle, {@code length} characters long (10,000 is the API's limit).
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main
 * PhraseCheckBenchmark -t 1 -f 1 -wi 3 -w 2s -i 5 -r 2s}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PhraseCheckBenchmark {

    @Param({"60", "1000", "10000"})
    int length;

    private PhraseBook book;
    private String text;

    @Setup
    public void setUp() {
        book = PhraseFixtures.seedBook();
        List<String> polite = LabelledTexts.of(LabelledTexts.Label.POLITE).stream()
                .map(LabelledTexts.Example::text)
                .toList();
        StringBuilder reply = new StringBuilder();
        for (int i = 0; reply.length() < length; i++) {
            reply.append(polite.get(i % polite.size()));
        }
        reply.insert(reply.length() / 2, "保 險 公 司又不是你家開的");
        text = reply.substring(reply.length() - length);
    }

    @Benchmark
    public Verdict check() {
        return book.check(text, ServiceStage.COMPLAINT);
    }
}

package io.shixiao.quality.application;

import io.shixiao.quality.ForbiddenPhrases;
import io.shixiao.quality.PhraseAuthor;
import io.shixiao.quality.PhraseCheck;
import io.shixiao.quality.PhraseHit;
import io.shixiao.quality.ServiceStage;
import io.shixiao.quality.TextToCheck;
import io.shixiao.quality.domain.Finding;
import io.shixiao.quality.domain.Verdict;
import io.shixiao.shared.pii.PiiCipher;
import io.shixiao.shared.problem.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ForbiddenPhrases}: checks against the current list, and records checks made for staff with
 * their hits and, for a held text, a review item holding the text encrypted.
 */
@Service
class PhraseChecking implements ForbiddenPhrases {

    private static final int SOURCE_LENGTH = 40;
    private static final int REFERENCE_LENGTH = 100;

    private final CurrentPhraseBook book;
    private final JdbcClient jdbc;
    private final PiiCipher cipher;
    private final Clock clock;

    PhraseChecking(CurrentPhraseBook book, JdbcClient jdbc, PiiCipher cipher, Clock clock) {
        this.book = book;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public PhraseCheck check(String text, ServiceStage stage) {
        return result(verdict(text, stage), null);
    }

    @Override
    @Transactional
    public PhraseCheck checkAndRecord(TextToCheck text) {
        if (text.author() == null) {
            throw new InvalidInputException("author", "required");
        }
        if (text.source() == null || text.source().isBlank() || text.source().length() > SOURCE_LENGTH) {
            throw new InvalidInputException("source", "required, at most " + SOURCE_LENGTH + " characters");
        }
        if (text.reference() != null && text.reference().length() > REFERENCE_LENGTH) {
            throw new InvalidInputException("reference", "at most " + REFERENCE_LENGTH + " characters");
        }
        Verdict verdict = verdict(text.text(), text.stage());
        long checkId = recordCheck(text, verdict, Instant.now(clock));
        Long reviewId = null;
        if (verdict.held()) {
            reviewId = jdbc.sql("""
                    insert into held_text (check_id, text_encrypted) values (:check, :text) returning id""")
                    .param("check", checkId)
                    .param("text", cipher.encrypt(text.text()))
                    .query(Long.class)
                    .single();
        }
        return result(verdict, reviewId);
    }

    private Verdict verdict(String text, ServiceStage stage) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "required");
        }
        if (text.length() > MAXIMUM_LENGTH) {
            throw new InvalidInputException("text", "at most " + MAXIMUM_LENGTH + " characters");
        }
        if (stage == null) {
            throw new InvalidInputException("stage", "required");
        }
        return book.book().check(text, stage);
    }

    private long recordCheck(TextToCheck text, Verdict verdict, Instant at) {
        PhraseAuthor author = text.author();
        long checkId = jdbc.sql("""
                insert into phrase_check (checked_at, account_id, username, display_name, insurer_id, org_unit_id,
                  org_path, stage, source, reference, outcome, text_length)
                values (:at, :account, :username, :name, :insurer, :unit, :path, :stage, :source, :reference,
                  :outcome, :length)
                returning id""")
                .param("at", Timestamp.from(at))
                .param("account", author.accountId())
                .param("username", author.username())
                .param("name", author.displayName())
                .param("insurer", author.insurerId())
                .param("unit", author.orgUnitId())
                .param("path", author.orgPath())
                .param("stage", text.stage().name())
                .param("source", text.source())
                .param("reference", text.reference())
                .param("outcome", verdict.blocked() ? "BLOCKED" : verdict.held() ? "HELD" : "PASSED")
                .param("length", text.text().length())
                .query(Long.class)
                .single();
        for (Finding finding : verdict.findings()) {
            jdbc.sql("""
                    insert into phrase_hit (check_id, phrase_id, stage, match_kind, blocks, similarity, offset_at, length)
                    values (:check, :phrase, :stage, :match, :blocks, :similarity, :at, :length)""")
                    .param("check", checkId)
                    .param("phrase", finding.phraseId())
                    .param("stage", finding.stage().name())
                    .param("match", finding.match().name())
                    .param("blocks", finding.blocks())
                    .param(
                            "similarity",
                            BigDecimal.valueOf(finding.similarity()).setScale(3, RoundingMode.HALF_UP))
                    .param("at", finding.at())
                    .param("length", finding.length())
                    .update();
        }
        return checkId;
    }

    private static PhraseCheck result(Verdict verdict, @Nullable Long reviewId) {
        List<PhraseHit> hits = verdict.findings().stream()
                .map(f ->
                        new PhraseHit(f.phrase(), f.stage(), f.at(), f.length(), f.match(), f.blocks(), f.similarity()))
                .toList();
        return new PhraseCheck(verdict.blocked(), verdict.held(), hits, reviewId);
    }
}

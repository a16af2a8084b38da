package io.shixiao.claims.application;

import io.shixiao.shared.time.ShanghaiTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The default bank: each payment instruction becomes one CSV file (UTF-8, a header line and one record)
 * in {@code shixiao.claims.bank-file.directory}/yyyyMMdd/{reference}.csv, for the bank's transfer job to
 * pick up. The file is written under a temporary name and moved into place, so the job never reads half
 * a file.
 */
@Component
class BankFilePayments implements BankPayments {

    static final String HEADER = "reference,claim_no,payee_name,account,amount_cny,instructed_at";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final BankFileSettings settings;

    BankFilePayments(BankFileSettings settings) {
        this.settings = settings;
    }

    @Override
    public String instruct(Instruction instruction) {
        Path folder = settings.directory()
                .resolve(DAY.format(instruction.instructedAt().atZone(ShanghaiTime.ZONE)));
        Path file = folder.resolve(instruction.reference() + ".csv");
        String record = String.join(
                ",",
                instruction.reference(),
                instruction.claimNo(),
                csv(instruction.payeeName()),
                instruction.account(),
                instruction.amount().amount().toPlainString(),
                instruction.instructedAt().toString());
        try {
            Files.createDirectories(folder);
            Path partial = folder.resolve(instruction.reference() + ".csv.part");
            Files.writeString(partial, HEADER + "\n" + record + "\n", StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("bank file " + file + " not written", e);
        }
        return file.toString();
    }

    /** A name quoted when it holds a comma, quote or line break (RFC 4180). */
    private static String csv(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}

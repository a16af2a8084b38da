package io.shixiao.claims.application;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the simulated bank file ({@link BankFilePayments}) goes. The files carry payees' account numbers in
 * the clear, as a bank needs them: the directory must be readable only by the application and the bank's
 * transfer job.
 *
 * @param directory the folder; one CSV file per payment instruction, in a sub-folder per day
 */
@ConfigurationProperties("shixiao.claims.bank-file")
public record BankFileSettings(
        @DefaultValue("data/bank-files") Path directory) {}

package io.shixiao.servicelevel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The contracts that make a CONTRACT document's standards bind a party: an insurer's service-quality
 * agreement, a scheme's contract from its bid. Until one is in force, the document's clocks do not
 * run for the party, and never on the template's example values.
 */
public interface ServiceContracts {

    /**
     * Records a contract of {@code party} on {@code documentCode}, in force from {@code validFrom} to
     * {@code validTo} (inclusive); refused when it overlaps another of the same party and document.
     */
    ContractRecord record(
            ContractParty party,
            String documentCode,
            String counterparty,
            LocalDate signedOn,
            LocalDate validFrom,
            LocalDate validTo,
            String recordedBy);

    /** Ends a contract early: it is in force up to and including {@code lastDay}. */
    ContractRecord end(long contractId, LocalDate lastDay, int version, String recordedBy);

    /** The contracts of a party, latest first. */
    List<ContractRecord> contractsOf(ContractParty party);

    /** The catalog's CONTRACT documents a party of {@code type} signs: code to document title. */
    Map<String, String> documentsFor(ContractParty.Type type);

    /** Whether a scheme is known to the engine (it has at least one contract recorded). */
    boolean knowsScheme(long schemeId);

    /**
     * Sets a blank of the party's contract (the bid's {@code XXX个工作日}, the agreement's {@code [例如:N]}):
     * the number only, the unit is the text's. For a module acting for a user it already authorised (a
     * scheme's administrator); checked and audited as on the parameters page, a changed value replacing
     * the one in force.
     *
     * @throws io.shixiao.shared.problem.InvalidInputException naming the field for an unknown blank, a blank
     *     of another party type or an amount outside 1–365
     */
    void setParameter(ContractParty party, String parameter, int amount, String recordedBy);

    /** The blanks the party has set, by parameter name; a blank not set is absent. */
    Map<String, Integer> parametersOf(ContractParty party);

    /**
     * The contracts on {@code documentCode} in force on at least one day from {@code from} to {@code to}
     * (inclusive), of every party: whom a contract's duties fall on in that time.
     */
    List<ContractRecord> inForceBetween(String documentCode, LocalDate from, LocalDate to);
}

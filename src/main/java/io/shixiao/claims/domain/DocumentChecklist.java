package io.shixiao.claims.domain;

import io.shixiao.claims.ClaimKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * The documents each kind of claim needs (单证清单), told to the reporter in the SMS "报案已受理" and
 * listed on the receipt (回执) and on the one-time notice (一次性告知书).
 */
public final class DocumentChecklist {

    private DocumentChecklist() {}

    /** What a claim of {@code kind} needs before it can be adjusted, in the order they are listed. */
    public static Set<DocumentItem> required(ClaimKind kind) {
        Set<DocumentItem> items = EnumSet.of(DocumentItem.CLAIM_APPLICATION, DocumentItem.ID_DOCUMENT);
        switch (kind) {
            case MOTOR_OWN_DAMAGE ->
                items.addAll(EnumSet.of(
                        DocumentItem.DRIVING_LICENCE,
                        DocumentItem.VEHICLE_LICENCE,
                        DocumentItem.ACCIDENT_CERTIFICATE,
                        DocumentItem.ASSESSMENT_SHEET,
                        DocumentItem.REPAIR_INVOICE));
            case MOTOR_THIRD_PARTY ->
                items.addAll(EnumSet.of(
                        DocumentItem.DRIVING_LICENCE,
                        DocumentItem.VEHICLE_LICENCE,
                        DocumentItem.ACCIDENT_CERTIFICATE,
                        DocumentItem.THIRD_PARTY_LOSS_PROOF));
            case MOTOR_INJURY ->
                items.addAll(EnumSet.of(
                        DocumentItem.DRIVING_LICENCE,
                        DocumentItem.VEHICLE_LICENCE,
                        DocumentItem.ACCIDENT_CERTIFICATE,
                        DocumentItem.MEDICAL_RECORDS,
                        DocumentItem.MEDICAL_INVOICES));
            case PROPERTY ->
                items.addAll(EnumSet.of(
                        DocumentItem.PROPERTY_LOSS_LIST, DocumentItem.OWNERSHIP_PROOF, DocumentItem.INCIDENT_PROOF));
        }
        items.add(DocumentItem.BANK_ACCOUNT);
        return items;
    }
}

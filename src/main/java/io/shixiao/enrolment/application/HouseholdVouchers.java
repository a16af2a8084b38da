package io.shixiao.enrolment.application;

import io.shixiao.shared.document.Notice;
import io.shixiao.shared.document.NoticeRenderer;
import io.shixiao.shared.problem.InvalidInputException;
import io.shixiao.shared.security.ScopedUser;
import io.shixiao.shared.time.ShanghaiTime;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * 保险凭证 (R16, 004 合同签订: 「为农户提供合同副本，并指导其妥善保存 …… 为农户提供缴费凭证」): one PDF per enrolled
 * household — the policy, the insured house, the sum insured, the premium and what the farmer paid, the
 * perils and exclusions of the scheme, the insurer's hotline. It is handed to the farmer, so it carries the
 * head's name and ID number masked as every list does (R17: 「不得泄露客户的信息，如客户的身份证号码」) and no
 * address, bank account or phone.
 */
@Service
public class HouseholdVouchers {

    private final Households households;
    private final Schemes schemes;
    private final HouseClaimMessages messages;
    private final NoticeRenderer renderer;
    private final MessageSource texts;
    private final Clock clock;

    HouseholdVouchers(
            Households households,
            Schemes schemes,
            HouseClaimMessages messages,
            NoticeRenderer renderer,
            MessageSource texts,
            Clock clock) {
        this.households = households;
        this.schemes = schemes;
        this.messages = messages;
        this.renderer = renderer;
        this.texts = texts;
        this.clock = clock;
    }

    /** The voucher of an enrolled household, for the staff working its scheme; 404 to anyone else. */
    public byte[] pdf(long householdId, ScopedUser user) {
        HouseholdView household = households.visible(householdId, user);
        Scheme scheme = households.workable(household.schemeId(), user);
        if (!"ENROLLED".equals(household.status())) {
            throw new InvalidInputException("householdId", "only an enrolled household has a voucher");
        }
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        HouseClaimMessages.Sender sender = messages.senderOf(scheme);
        String farmer = yuan(household.farmer());
        Notice notice = new Notice(
                "政策性农村住房保险凭证",
                "保单号：" + household.policyNo(),
                "户主：" + household.headNameMasked(),
                List.of(
                        Notice.Section.table(
                                "保险合同",
                                new Notice.Row("保险方案", scheme.name()),
                                new Notice.Row("保险人", sender.name()),
                                new Notice.Row("保险期间", scheme.periodFrom() + " 至 " + scheme.periodTo()),
                                new Notice.Row("户主", household.headNameMasked()),
                                new Notice.Row("身份证号", household.headIdMasked()),
                                new Notice.Row("户口簿编号", household.registerNo()),
                                new Notice.Row("所在村", schemes.divisionName(household.villageCode())),
                                new Notice.Row("户类别", text("rural.category." + household.category(), locale))),
                        Notice.Section.table(
                                "保险标的与保险金额",
                                new Notice.Row("房屋结构", text("rural.structure." + household.structure(), locale)),
                                new Notice.Row("建造年份", String.valueOf(household.yearBuilt())),
                                new Notice.Row(
                                        "建筑面积（平方米）", household.floorArea().toPlainString()),
                                new Notice.Row("保险金额（元）", yuan(household.sumInsured()))),
                        Notice.Section.table(
                                "保险费与缴费凭证",
                                new Notice.Row("保险费（元）", yuan(household.premium())),
                                new Notice.Row("农户自缴（元）", farmer),
                                new Notice.Row("各级财政补贴（元）", yuan(household.premium() - household.farmer())),
                                new Notice.Row("农户自缴部分", household.farmerPaid() ? "已缴纳 " + farmer + " 元" : "尚未缴纳")),
                        Notice.Section.of("保险责任", scheme.perils()),
                        Notice.Section.of("责任免除", scheme.exclusions()),
                        Notice.Section.of(
                                "请妥善保存",
                                "本凭证为保险合同副本和缴费凭证，请妥善保存。房屋因保险事故受损时，请及时拨打报案电话 " + sender.hotline()
                                        + " 或告知村级联络员，理赔时请备好本凭证、户主身份证、户口簿和户主本人银行账户。")),
                "",
                List.of(
                        sender.name(),
                        LocalDate.now(clock.withZone(ShanghaiTime.ZONE)).toString()));
        return renderer.render(notice, locale);
    }

    private String text(String key, Locale locale) {
        return texts.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), locale);
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}

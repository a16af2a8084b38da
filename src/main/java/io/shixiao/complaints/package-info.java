/**
 * Customer contact: consultations (咨询) and complaints (投诉) with the statutory and pledged clocks of
 * 投诉办法第十五、十八、二十、二十三条, 浙江规范第八章 and 服务质量协议 1.2(1), 4.2(3); decision notices as PDF with
 * what 投诉办法第十九条 requires, and the acknowledgement and decision SMS through the notification outbox;
 * remedies (补救, 服务质量协议第五条) proposed when a complaint is upheld or a clock is breached, as the insurer's
 * agreed terms say; the rectification ledger (整改台账) a complaint's root cause opens; and the dashboard
 * (open complaints by clock state, complaints per 10,000 policies per branch, satisfaction over time). Every step is
 * reported to the service-level engine, which owns the deadlines; replies and decision texts pass the
 * forbidden-phrase check of the quality module first. A closed complaint leaves as {@link
 * io.shixiao.complaints.ComplaintClosed} for the callbacks, which supply the dashboard's satisfaction through
 * {@link io.shixiao.complaints.SatisfactionTrend}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "audit", "organization", "servicelevel", "quality", "policies"})
@org.jspecify.annotations.NullMarked
package io.shixiao.complaints;

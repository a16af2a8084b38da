/**
 * Service quality. It owns the forbidden service phrases (服务禁语) of 浙江保险业机动车辆保险客户服务规范
 * 第四篇 第九章 as data administrators extend: texts that complaints, notices, SMS templates and staff
 * notes are about to send or save are checked through {@link io.shixiao.quality.ForbiddenPhrases};
 * the listed words, however disguised, block a text, close wording holds it for a supervisor's review
 * (released or rejected as {@link io.shixiao.quality.HeldTextReleased} and
 * {@link io.shixiao.quality.HeldTextRejected}), and hits are counted per staff member.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
@org.jspecify.annotations.NullMarked
package io.shixiao.quality;

/**
 * Open kernel shared by every module: validated identifiers (身份证 {@code ResidentIdNumber}, 统一社会信用代码, mobile, plate, division
 * codes), money in yuan, the PII cipher and masks, RFC 9457 problem details for the API, the database bootstrap
 * (embedded or external PostgreSQL), the application clock, the current user's data scope, the
 * navigation contributions of each module, and notices as PDF with the bundled Chinese font
 * ({@code document}). It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package io.shixiao.shared;

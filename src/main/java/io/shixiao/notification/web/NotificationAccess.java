package io.shixiao.notification.web;

/** Who may open which notification pages and API, as method-security expressions. */
final class NotificationAccess {

    /** The delivery log: the administrator, and an insurer's managers and quality inspectors. */
    static final String LOG_READERS = "hasAnyRole('ADMIN','MANAGER','QUALITY_INSPECTOR')";

    /** The templates are one set for the platform, kept by its administrator. */
    static final String TEMPLATE_EDITORS = "hasRole('ADMIN')";

    private NotificationAccess() {}
}

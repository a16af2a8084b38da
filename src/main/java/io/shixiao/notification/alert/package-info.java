/**
 * Staff alerts: written by the listeners of the service-level engine's deadline events and of overdue
 * recurring duties, addressed to roles within an organisation unit (or an association), read per account.
 */
@org.jspecify.annotations.NullMarked
package io.shixiao.notification.alert;

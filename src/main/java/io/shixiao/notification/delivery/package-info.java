/**
 * How a message leaves: the {@link io.shixiao.notification.delivery.SmsSender} interface, a logging
 * sender for development and tests (nothing leaves the machine), and an HTTP sender for a production
 * SMS gateway, chosen by {@code shixiao.notification.sms.sender}.
 */
@org.jspecify.annotations.NullMarked
package io.shixiao.notification.delivery;

/** Pages (我的提醒, the delivery log, the template administration), the menu entries and the REST API of notifications. */
@org.jspecify.annotations.NullMarked
package io.shixiao.notification.web;

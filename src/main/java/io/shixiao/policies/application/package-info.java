/**
 * Storage and use cases of the policies module: the repositories (personal data encrypted at rest,
 * looked up by keyed hash), the finder other modules call, issue, delivery, renewal reminders,
 * endorsements, surrender and import, each reporting its milestones to the service-level engine.
 */
package io.shixiao.policies.application;

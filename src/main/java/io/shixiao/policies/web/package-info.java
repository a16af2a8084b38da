/**
 * The policies module's REST API ({@code /api/v1/policies}, endorsements and imports) and its pages
 * (search, detail with the audited reveal of personal data, import with progress, endorsement, surrender).
 */
package io.shixiao.policies.web;

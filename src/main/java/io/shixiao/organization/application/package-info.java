/** Organisation use cases: insurers, units, outlets, zones, staff, associations, each checked against the caller's data scope and audited. */
package io.shixiao.organization.application;

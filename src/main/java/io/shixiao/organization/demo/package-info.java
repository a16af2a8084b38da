/** The demo organisation: two fictional insurers with branches, outlets and staff in the seeds' regions. */
package io.shixiao.organization.demo;

/** The clock engine: milestones in, clocks and counts out, sweeps that warn and breach, views and statistics. */
package io.shixiao.servicelevel.clock;

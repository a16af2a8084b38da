/**
 * Running the recurring duties: the loaded file, who owns each duty in a period (insurers and schemes
 * with the contract in force, units of a level, associations), the occurrences generated per owner and
 * period, the overdue sweep, completion with evidence, and the scoped queries behind the pages and the API.
 */
@org.jspecify.annotations.NullMarked
package io.shixiao.duties.application;

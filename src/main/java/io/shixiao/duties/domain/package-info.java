/**
 * The occurrence of a recurring duty for one owner and period, and the rules of its life: it falls
 * overdue only once its due time has passed, it is done once, and a completion recorded after the due
 * time stays late however early the work is said to have been done.
 */
@org.jspecify.annotations.NullMarked
package io.shixiao.duties.domain;

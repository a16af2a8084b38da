/** The duty page ({@code /service-levels/duties}), completion form, menu entry and REST API of the recurring duties. */
@org.jspecify.annotations.NullMarked
package io.shixiao.duties.web;

/** The duty page ({@code /service-levels/duties}), completion form, menu entry and REST API of the recurring duties. */
package io.shixiao.duties.web;

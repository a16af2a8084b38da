/** Quality pages and REST API. */
@org.jspecify.annotations.NullMarked
package io.shixiao.quality.web;

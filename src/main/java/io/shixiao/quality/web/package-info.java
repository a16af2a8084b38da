/** Quality pages and REST API. */
package io.shixiao.quality.web;

/** Organisation pages and REST API. */
package io.shixiao.organization.web;

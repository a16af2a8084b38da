/** The one-customer search and file: the {@code /customers} pages and {@code /api/v1/customers/search}. */
@org.jspecify.annotations.NullMarked
package io.shixiao.customer.web;

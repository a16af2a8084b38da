/** What modules contribute to pages: navigation items, labels and chart options. */
@org.jspecify.annotations.NullMarked
package io.shixiao.shared.web;

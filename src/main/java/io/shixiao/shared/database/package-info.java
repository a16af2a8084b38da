/** The database bootstrap: embedded PostgreSQL for development and tests, an external server when configured. */
@org.jspecify.annotations.NullMarked
package io.shixiao.shared.database;

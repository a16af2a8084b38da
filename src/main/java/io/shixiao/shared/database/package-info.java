/** The database bootstrap: embedded PostgreSQL for development and tests, an external server when configured. */
package io.shixiao.shared.database;

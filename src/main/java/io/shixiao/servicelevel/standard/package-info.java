/** The standards catalog as data: loading, checking and binding rules of the time limits. */
package io.shixiao.servicelevel.standard;

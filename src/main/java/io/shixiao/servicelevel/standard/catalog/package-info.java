/** The packaged catalog with the contracts and contract parameters that make agreement and scheme standards bind. */
package io.shixiao.servicelevel.standard.catalog;

/**
 * The page shell: layout, the menu built from the navigation items each module contributes and
 * filtered by role, the home dashboard with live counts, and the language switch (zh-CN first,
 * English available). It sits on top and may call every module's API; no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "organization", "servicelevel"})
@org.jspecify.annotations.NullMarked
package io.shixiao.web;

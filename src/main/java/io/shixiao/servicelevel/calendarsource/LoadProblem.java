package io.shixiao.servicelevel.calendarsource;

/** A schedule file that could not be read and was skipped, with the reason naming the line. */
public record LoadProblem(String origin, String message) {}

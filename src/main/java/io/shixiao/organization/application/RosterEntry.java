package io.shixiao.organization.application;

import java.time.LocalDate;

/** One line of an outlet's duty roster with the staff member's name and employee number. */
public record RosterEntry(LocalDate date, long staffId, String staffName, String employeeNo, String note) {}

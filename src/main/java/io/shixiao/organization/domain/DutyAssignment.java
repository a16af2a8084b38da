package io.shixiao.organization.domain;

import java.time.LocalDate;

/** One staff member on weekend or holiday duty at an outlet on a date, with a note (e.g. 值班电话). */
public record DutyAssignment(LocalDate date, long staffId, String note) {

    public DutyAssignment {
        Require.plausibleDate("date", Require.present("date", date));
        note = Require.optionalText("note", note, 200);
    }
}

package io.shixiao.duties.web;

import io.shixiao.duties.DutyOwnerType;
import io.shixiao.duties.application.OccurrenceView;
import java.util.List;

/** One owner's occurrences of one duty, oldest period first: a row of the duty page. */
record DutyRow(DutyOwnerType ownerType, String ownerName, List<Cell> cells) {

    /** One period's occurrence with its label (2026-03, 2026-Q1, 2026-H1, 2026). */
    record Cell(OccurrenceView occurrence, String period) {}
}

package io.shixiao.complaints.application;

import io.shixiao.servicelevel.ClockView;
import java.util.List;

/**
 * A complaint as its detail page and the API show it: the record, the complainants masked, the timeline, its
 * clocks from the engine and its remedies.
 */
public record ComplaintDetail(
        ComplaintRecord record,
        List<StoredComplainant> complainants,
        List<TimelineEntry> timeline,
        List<ClockView> clocks,
        List<RemedyRow> remedies) {

    public ComplaintDetail {
        complainants = List.copyOf(complainants);
        timeline = List.copyOf(timeline);
        clocks = List.copyOf(clocks);
        remedies = List.copyOf(remedies);
    }
}

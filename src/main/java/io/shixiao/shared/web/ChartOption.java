package io.shixiao.shared.web;

import tools.jackson.databind.json.JsonMapper;

/**
 * An ECharts option built on the server and rendered as JSON into an element's {@code data-chart}
 * attribute; {@code /js/charts.js} draws it. Pages carry no inline script, so the content security
 * policy can keep {@code script-src 'self'}.
 */
public final class ChartOption {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartOption() {}

    /** The option (maps, lists, strings and numbers as ECharts expects them) as JSON. */
    public static String json(Object option) {
        return JSON.writeValueAsString(option);
    }
}

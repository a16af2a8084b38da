package io.shixiao.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * One series of figures over named categories (months, branches, clock states), drawn at once with each
     * figure written on its bar or point.
     *
     * @param type {@code bar} or {@code line}
     * @param yAxis the value axis, e.g. {@code {"type": "value", "min": 0, "max": 100, "name": "%"}}
     */
    public static Map<String, Object> categories(
            List<String> categories, List<?> data, String type, Map<String, Object> yAxis) {
        Map<String, Object> option = new LinkedHashMap<>();
        // Drawn at once, so a screenshot or a quick glance on a phone shows the figures.
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("grid", Map.of("left", 40, "right", 16, "top", 32, "bottom", 40, "containLabel", true));
        option.put(
                "xAxis",
                Map.of(
                        "type",
                        "category",
                        "data",
                        categories,
                        "axisLabel",
                        Map.of("interval", 0, "rotate", categories.size() > 4 ? 30 : 0)));
        option.put("yAxis", yAxis);
        option.put(
                "series",
                List.of(Map.of(
                        "type",
                        type,
                        "data",
                        data,
                        "itemStyle",
                        Map.of("color", "#0b6e4f"),
                        "symbolSize",
                        8,
                        "label",
                        Map.of("show", true, "position", "top"))));
        return option;
    }
}

package org.agijobs.portal.operations;

import java.util.List;

import com.vaadin.flow.component.html.Div;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A line chart of KPIs over time, drawn in the browser by Apache ECharts. The script is the portal's own copy (a
 * webjar served under {@code /webjars}), loaded on first use: no CDN, and nothing for Vaadin's frontend bundle to
 * rebuild. The chart takes plain numbers; the exact decimals stay in the table beside it.
 */
final class KpiChart extends Div {

    static final String SCRIPT = "/webjars/echarts/5.3.1/dist/echarts.min.js";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String RENDER = """
            const element = this;
            const load = window.echarts ? Promise.resolve() : new Promise((resolve, reject) => {
              const script = document.createElement('script');
              script.src = $1;
              script.onload = resolve;
              script.onerror = () => reject(new Error('the chart script did not load'));
              document.head.appendChild(script);
            });
            load.then(() => {
              const chart = window.echarts.getInstanceByDom(element) || window.echarts.init(element);
              chart.setOption(JSON.parse($0), true);
              element.setAttribute('data-rendered', 'true');
            }).catch(failure => {
              element.textContent = 'The chart could not be drawn: ' + failure.message;
            });
            """;

    /** One line of the chart: its name and one value per bucket. */
    record Line(String name, List<Double> values) {
    }

    private String option = "";

    KpiChart() {
        addClassName("kpi-chart");
        setWidthFull();
        setHeight("20rem");
    }

    /** Draws the lines over the bucket labels; the same chart is not drawn twice. */
    void show(List<String> buckets, List<Line> lines) {
        String next = option(buckets, lines);
        if (next.equals(option)) {
            return;
        }
        option = next;
        getElement().setAttribute("data-option", next);
        getElement().executeJs(RENDER, next, SCRIPT);
    }

    String option() {
        return option;
    }

    static String option(List<String> buckets, List<Line> lines) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("tooltip").put("trigger", "axis");
        ArrayNode names = root.putObject("legend").putArray("data");
        root.putObject("grid").put("left", 60).put("right", 20).put("top", 40).put("bottom", 40);
        ArrayNode categories = root.putObject("xAxis").put("type", "category").putArray("data");
        buckets.forEach(categories::add);
        root.putObject("yAxis").put("type", "value");
        ArrayNode series = root.putArray("series");
        for (Line line : lines) {
            names.add(line.name());
            ObjectNode entry = series.addObject().put("name", line.name()).put("type", "line");
            ArrayNode data = entry.putArray("data");
            line.values().forEach(data::add);
        }
        root.put("animation", false);
        return JSON.writeValueAsString(root);
    }
}

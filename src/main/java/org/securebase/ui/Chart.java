package org.securebase.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.JsonNode;

/**
 * A chart drawn in the browser by Apache ECharts from an option the server builds. Clicking a data item that
 * carries a {@code link} fires a {@link ClickEvent} with it.
 */
@Tag("sb-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./sb-chart.js")
public class Chart extends Component implements HasSize {

    private JsonNode option;

    public Chart() {
        setWidthFull();
        setHeight("360px");
    }

    public void setOption(JsonNode option) {
        this.option = option;
        getElement().setProperty("config", option.toString());
    }

    public JsonNode getOption() {
        return option;
    }

    public Registration addClickListener(ComponentEventListener<ClickEvent> listener) {
        return addListener(ClickEvent.class, listener);
    }

    @DomEvent("chart-click")
    public static class ClickEvent extends ComponentEvent<Chart> {

        private final String link;

        public ClickEvent(Chart source, boolean fromClient, @EventData("event.detail.link") String link) {
            super(source, fromClient);
            this.link = link;
        }

        public String link() {
            return link;
        }
    }
}

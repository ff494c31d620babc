// A thin custom element around Apache ECharts. The server sends the chart's option as JSON; a click on a
// data item that carries a "link" is sent back as a chart-click event.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent,
  VisualMapComponent, SVGRenderer]);

class SbChart extends HTMLElement {
  static get observedAttributes() {
    return ['config'];
  }

  set config(value) {
    this._config = value;
    this._render();
  }

  get config() {
    return this._config;
  }

  /** The ECharts instance, e.g. for a browser test to find where a data item is drawn. */
  get chart() {
    return this._chart;
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resize.observe(this);
    this._render();
  }

  disconnectedCallback() {
    if (this._resize) {
      this._resize.disconnect();
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  _render() {
    if (!this.isConnected || !this._config) {
      return;
    }
    if (!this._chart) {
      this._chart = echarts.init(this, null, { renderer: 'svg' });
      this._chart.on('click', (params) => {
        const link = params.data && params.data.link;
        if (link) {
          this.dispatchEvent(new CustomEvent('chart-click', { detail: { link } }));
        }
      });
    }
    this._chart.setOption(JSON.parse(this._config), true);
    this.setAttribute('data-rendered', 'true');
  }
}

customElements.define('sb-chart', SbChart);

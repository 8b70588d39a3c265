package jgrad.viz;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * The look of every jgrad chart: a width that fills a notebook column, fonts readable in PNG and
 * SVG, legends below the plot (never over the data), nice axis ticks ({@link NiceAxes}) and titles
 * that fit the image. {@link #prepare} runs before each painting, so a chart changed afterwards
 * through {@code xchart()} still gets nice ticks.
 */
public final class ChartStyle {
    /** A chart on its own: about the width of a JupyterLab notebook column. */
    public static final int WIDTH = 760;
    public static final int HEIGHT = 420;
    /** A panel of a two-column grid (live training curves, several subplots). */
    public static final int PANEL_WIDTH = WIDTH / 2;
    public static final int PANEL_HEIGHT = 320;

    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Font AXIS_TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** A title is shrunk down to this size before it is shortened. */
    static final float MIN_TITLE_SIZE = 11f;
    /** matplotlib's "tab10" colours, in order. */
    static final Color[] COLORS = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
        new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194),
        new Color(127, 127, 127), new Color(188, 189, 34), new Color(23, 190, 207)};

    private ChartStyle() {
    }

    /** A line chart with nice axes and no legend (call {@link #legendBelow} when there are several series). */
    public static XYChart xy(String title, String xLabel, String yLabel, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height)
                .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        // XChart hands colours out by series position: the invisible first series takes a blank one
        Color[] colors = new Color[1 + 20 * COLORS.length];
        colors[0] = Color.WHITE;
        for (int i = 1; i < colors.length; i++) {
            colors[i] = COLORS[(i - 1) % COLORS.length];
        }
        chart.getStyler().setSeriesColors(colors);
        NiceAxes.install(chart);
        return chart;
    }

    /** A bar chart of width × height pixels in jgrad's style, y ticks labelled compactly. */
    public static CategoryChart category(String title, String xLabel, String yLabel, int width, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height)
                .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        apply(chart.getStyler());
        chart.getStyler().setyAxisTickLabelsFormattingFunction(NiceNumbers::label);
        return chart;
    }

    /** A heat map of width × height pixels in jgrad's style, its colour legend to the right. */
    public static HeatMapChart heatMap(String title, String xLabel, String yLabel, int width, int height) {
        HeatMapChart chart = new HeatMapChartBuilder().width(width).height(height)
                .title(title).xAxisTitle(xLabel).yAxisTitle(yLabel).build();
        apply(chart.getStyler());
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
        chart.getStyler().setPlotGridLinesVisible(false); // the cells are the grid
        return chart;
    }

    /** Fonts, colours and spacing shared by all charts. */
    static void apply(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE).setPlotBackgroundColor(Color.WHITE)
                .setChartFontColor(Color.BLACK).setAntiAlias(true).setChartPadding(8)
                .setChartTitleFont(TITLE_FONT).setChartTitlePadding(6)
                .setLegendFont(LEGEND_FONT).setLegendBorderColor(new Color(200, 200, 200))
                .setLegendPadding(6).setSeriesColors(COLORS).setPlotBorderColor(new Color(160, 160, 160));
        if (styler instanceof AxesChartStyler axes) {
            axes.setAxisTitleFont(AXIS_TITLE_FONT).setAxisTickLabelsFont(TICK_FONT)
                    .setAxisTickLabelsColor(new Color(40, 40, 40)).setPlotGridLinesColor(new Color(225, 225, 225))
                    .setAxisTitlePadding(4).setAxisTickPadding(4);
        }
    }

    /** A horizontal legend under the plot, where it cannot hide any data. */
    public static void legendBelow(Styler styler) {
        styler.setLegendVisible(true).setLegendPosition(LegendPosition.OutsideS).setLegendLayout(LegendLayout.Horizontal);
    }

    /** Called before each painting at width x height. */
    static void prepare(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, int width, int height) {
        if (chart instanceof XYChart xy) {
            NiceAxes.refresh(xy, width, height);
        } else if (chart.getStyler() instanceof AxesChartStyler axes) {
            NiceAxes.spacing(axes, width, height);
        }
        fitTitle(chart, width);
    }


    /**
     * Shrinks a title too wide for its place, then drops its last " · " parts ("loss · min 0.07 @939 · max 2.4
     * @0" keeps "loss · min 0.07 @939"), and only a title still too wide is shortened with an ellipsis. XChart
     * centres the title over the plot, not the image, so the plot's width is the room it has.
     */
    static void fitTitle(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, int width) {
        String title = chart.getTitle();
        Styler styler = chart.getStyler();
        if (title == null || title.isEmpty() || !styler.isChartTitleVisible()) {
            return;
        }
        double room = plotWidth(chart, width) - 4;
        Font font = styler.getChartTitleFont();
        while (textWidth(title, font) > room && font.getSize2D() > MIN_TITLE_SIZE) {
            font = font.deriveFont(font.getSize2D() - 1);
        }
        String fitted = title;
        while (textWidth(fitted, font) > room && fitted.contains(PART)) {
            fitted = fitted.substring(0, fitted.lastIndexOf(PART));
        }
        if (textWidth(fitted, font) > room) {
            while (fitted.length() > 1 && textWidth(fitted + "…", font) > room) {
                fitted = fitted.substring(0, fitted.length() - 1);
            }
            fitted = fitted.stripTrailing() + "…";
        }
        if (!fitted.equals(title)) {
            chart.setTitle(fitted);
        }
        styler.setChartTitleFont(font);
    }

    /** What separates the parts of a title that {@link #fitTitle} may drop. */
    static final String PART = " · ";

    /** A little less than the width XChart will give the plot: the image less the y axis and a legend beside it. */
    static double plotWidth(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, int width) {
        Styler styler = chart.getStyler();
        double axis = 0;
        if (styler instanceof AxesChartStyler axes) {
            double labels = 0;
            for (String label : yTickLabels(chart)) {
                labels = Math.max(labels, textWidth(label, axes.getAxisTickLabelsFont()));
            }
            String yTitle = chart.getYAxisTitle();
            double title = yTitle == null || yTitle.isEmpty() ? 0
                    : axes.getAxisTitleFont().getSize2D() * 1.4 + axes.getAxisTitlePadding();
            axis = labels + title + axes.getAxisTickMarkLength() + axes.getAxisTickPadding() + 6;
        }
        double legend = 0;
        if (styler.isLegendVisible() && styler.getLegendPosition() == LegendPosition.OutsideE) {
            legend = chart instanceof HeatMapChart ? 80 : 40 + legendTextWidth(chart);
        }
        return width - 2.0 * styler.getChartPadding() - axis - legend;
    }

    /** The y tick labels XChart is likely to draw (the longest ones matter). */
    private static java.util.List<String> yTickLabels(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (chart instanceof HeatMapChart heat) {
            heat.getHeatMapSeries().getYData().forEach(v -> out.add(String.valueOf(v)));
        } else if (chart instanceof XYChart xy && xy.getSeriesMap().get(NiceAxes.RANGE_SERIES) != null
                && !xy.getStyler().isYAxisLogarithmic()) {
            double[] y = xy.getSeriesMap().get(NiceAxes.RANGE_SERIES).getYData();
            var format = NiceNumbers.axisLabels(y[0], y[1]);
            for (double v : NiceNumbers.ticks(y[0], y[1], 12)) {
                out.add(format.apply(v));
            }
        } else {
            out.add("0.0001"); // log axes and bars: a typical long label
        }
        return out;
    }

    private static double legendTextWidth(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        double widest = 0;
        for (Object s : chart.getSeriesMap().values()) {
            var series = (org.knowm.xchart.internal.series.Series) s;
            if (series.isShowInLegend()) {
                widest = Math.max(widest, textWidth(series.getName(), chart.getStyler().getLegendFont()));
            }
        }
        return widest;
    }

    /** Width as painted into an image (antialiased, whole-pixel advances, as XChart's bitmaps are). */
    static double textWidth(String text, Font font) {
        return font.getStringBounds(text, new FontRenderContext(null, true, false)).getWidth();
    }
}

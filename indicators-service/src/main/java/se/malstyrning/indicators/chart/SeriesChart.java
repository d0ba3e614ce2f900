package se.malstyrning.indicators.chart;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import se.malstyrning.indicators.observation.SeriesPoint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.DoubleStream;

/** Draws a time series with its desired and accepted values as horizontal lines, as SVG (JFreeChart on JFreeSVG). */
final class SeriesChart {

    private static final Color SERIES = new Color(0x1f5fa8);
    private static final Color DESIRED = new Color(0x2e7d32);
    private static final Color ACCEPTED = new Color(0xef6c00);
    private static final double MARGIN = 0.1;
    /** Swedish charts: a decimal comma, a space between thousands, and years as they are written (2019). */
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    record Lines(double desired, double accepted) {
    }

    private SeriesChart() {
    }

    static String svg(String title, String subtitle, String unit, List<SeriesPoint> points, Optional<Lines> lines,
                      int width, int height) {
        XYSeries series = new XYSeries(title);
        points.forEach(point -> series.add(point.period(), point.value()));
        JFreeChart chart = ChartFactory.createXYLineChart(title, "År", unit, new XYSeriesCollection(series),
                PlotOrientation.VERTICAL, false, false, false);
        chart.addSubtitle(new TextTitle(subtitle));
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.getRenderer().setSeriesPaint(0, SERIES);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2.5f));
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(SWEDISH)));
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(number());
        lines.ifPresent(target -> {
            plot.addRangeMarker(marker(target.desired(), "Önskat värde " + number().format(target.desired()), DESIRED));
            plot.addRangeMarker(marker(target.accepted(), "Accepterat värde " + number().format(target.accepted()), ACCEPTED));
        });
        fitRange((NumberAxis) plot.getRangeAxis(), points, lines);
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        chart.draw(graphics, new Rectangle(0, 0, width, height));
        return graphics.getSVGDocument();
    }

    static NumberFormat number() {
        NumberFormat format = NumberFormat.getNumberInstance(SWEDISH);
        format.setMaximumFractionDigits(2);
        return format;
    }

    private static ValueMarker marker(double value, String label, Color color) {
        ValueMarker marker = new ValueMarker(value, color, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(label);
        marker.setLabelPaint(color);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return marker;
    }

    /** Markers outside the data's range would not be drawn, so the range covers both. */
    private static void fitRange(NumberAxis axis, List<SeriesPoint> points, Optional<Lines> lines) {
        double[] values = DoubleStream.concat(points.stream().mapToDouble(SeriesPoint::value),
                lines.stream().flatMapToDouble(target -> DoubleStream.of(target.desired(), target.accepted()))).toArray();
        if (values.length == 0) {
            return;
        }
        double min = DoubleStream.of(values).min().orElseThrow();
        double max = DoubleStream.of(values).max().orElseThrow();
        double margin = Math.max((max - min) * MARGIN, Math.abs(max) * MARGIN / 2 + 1e-9);
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(min - margin, max + margin);
    }
}

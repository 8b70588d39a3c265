package jgrad.viz;

import java.util.Base64;

/**
 * One frame of a {@link Tracker}: the subplots as one PNG plus a text line (progress while
 * running, the summary at the end). Its HTML embeds the PNG, so saved notebooks and nbconvert
 * output keep both the chart and the text.
 */
public final class TrackerView {
    private final ChartGrid grid;
    private final String text;
    private byte[] png; // encoded once: the kernel asks for both toHtml() and toPng()

    TrackerView(ChartGrid grid, String text) {
        this.grid = grid;
        this.text = text;
    }

    /** Null while nothing has been logged. */
    public ChartGrid grid() {
        return grid;
    }

    /** The line under the chart: progress while training runs, the summary at the end. */
    public String text() {
        return text;
    }

    /** The subplots as one PNG image; null while nothing has been logged. */
    public synchronized byte[] toPng() {
        if (png == null && grid != null) {
            png = grid.toPng();
        }
        return png;
    }

    /**
     * The notebook's display of this frame: the PNG and the text line.
     *
     * @hidden
     */
    public String toHtml() {
        StringBuilder html = new StringBuilder("<div class=\"jgrad-tracker\">");
        if (grid != null) {
            html.append("<img alt=\"training curves\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(toPng())).append("\"/>");
        }
        html.append("<pre style=\"margin:4px 0\">").append(escape(text)).append("</pre></div>");
        return html.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String toString() {
        return text;
    }
}

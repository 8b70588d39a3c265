package jgrad.kernel.widgets;

/** The names and versions of the Jupyter widgets protocol as ipywidgets 8 speaks it (protocol 2.1.0). */
public final class WidgetProtocol {
    /** The comm target of every widget model: one comm per widget. */
    public static final String TARGET = "jupyter.widget";
    /** The comm target a front end opens to fetch every widget's state in one message. */
    public static final String CONTROL_TARGET = "jupyter.widget.control";
    /** The protocol version in each widget comm_open's metadata. */
    public static final String VERSION = "2.1.0";
    /** The MIME type of a widget's view in a display bundle. */
    public static final String VIEW_MIME = "application/vnd.jupyter.widget-view+json";
    /** The view bundle's version_major and version_minor, as ipywidgets 8 sends them. */
    public static final int VIEW_VERSION_MAJOR = 2;
    /** See {@link #VIEW_VERSION_MAJOR}. */
    public static final int VIEW_VERSION_MINOR = 0;
    /** How a widget names another in its state ("IPY_MODEL_" and the other's model id). */
    public static final String REFERENCE_PREFIX = "IPY_MODEL_";

    private WidgetProtocol() {
    }
}

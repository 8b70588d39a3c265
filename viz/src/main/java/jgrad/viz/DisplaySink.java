package jgrad.viz;

/**
 * Where live charts go. The kernel implements it with display_data / update_display_data;
 * tests record the calls; outside a notebook {@link #NONE} drops them.
 */
public interface DisplaySink {
    /** Shows a new output; returns its display id. */
    String show(Object value);

    /** Replaces the output shown under this id. */
    void update(String id, Object value);

    DisplaySink NONE = new DisplaySink() {
        @Override
        public String show(Object value) {
            return "none";
        }

        @Override
        public void update(String id, Object value) {
        }
    };
}

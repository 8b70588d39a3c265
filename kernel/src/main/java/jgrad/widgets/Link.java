package jgrad.widgets;

import java.util.List;

/**
 * A link the front end keeps between two widgets' keys ({@link Widgets#jslink}): a change of one sets the
 * other in the browser, without a round trip to the kernel. {@code unlink()} removes it.
 */
public final class Link extends Widget {
    Link(Widget source, String sourceKey, Widget target, String targetKey) {
        super(Keys.CONTROLS, "LinkModel", Keys.CONTROLS, null, Keys.VERSION);
        define("source", Kind.JSON, List.of());
        define("target", Kind.JSON, List.of());
        put("source", List.of(source.reference(), sourceKey));
        put("target", List.of(target.reference(), targetKey));
        ensureOpen();
    }

    /** Removes the link. */
    public void unlink() {
        close();
    }
}

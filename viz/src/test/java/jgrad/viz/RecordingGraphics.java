package jgrad.viz;

import java.awt.Color;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;

/**
 * A canvas that remembers where every filled shape landed, in image coordinates, and in which
 * colour. XChart draws each piece of text as one filled outline, so the boxes of text painted in a
 * colour of its own are the boxes a reader sees. Its text measures are those of an antialiased
 * bitmap, as for the PNG.
 */
final class RecordingGraphics extends VectorGraphics2D {
    record Fill(Color color, Rectangle2D box) {
    }

    // shared with every Graphics made by create(): clone() copies the reference
    private final List<Fill> fills = new ArrayList<>();

    List<Fill> fills() {
        return fills;
    }

    @Override
    public void fill(Shape s) {
        Rectangle2D box = getTransform().createTransformedShape(s).getBounds2D();
        fills.add(new Fill(getColor(), box));
        super.fill(s);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return new FontRenderContext(null, true, false);
    }
}

package jgrad.kernel.spi;

/**
 * Turns a plug-in's value into something the kernel shows richly: {@code Display.html(...)},
 * {@code Display.markdown(...)}, {@code Display.svg(...)}, {@code Display.png(bytes)}, a
 * {@code java.awt.Image}, or any object with {@code toHtml()}. Its MIME types are added to the value's
 * own text/plain (its toString()); a returned String replaces that text.
 */
@FunctionalInterface
public interface Renderer<T> {
    Object render(T value) throws Exception;
}

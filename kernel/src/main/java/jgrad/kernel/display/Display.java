package jgrad.kernel.display;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.awt.Image;
import java.io.File;
import java.nio.file.Path;
import java.util.UUID;

/**
 * display(...) and updateDisplay(...) for notebook cells (statically imported into every
 * session), and {@code Display.html(...)}, {@code Display.image(path)}, ... for content of a given
 * MIME type. The kernel installs the sink that publishes to the current cell.
 */
public final class Display {
    /** Where display data goes; the kernel sets this. */
    public interface Sink {
        void display(DisplayData data);

        void update(String id, DisplayData data);
    }

    private static volatile Sink sink;

    private Display() {
    }

    public static void install(Sink s) {
        sink = s;
    }

    /**
     * Shows an object below the cell; returns a handle to replace it with {@link #updateDisplay}. A
     * {@code Path} or {@code File} whose name ends in .png, .jpg, .jpeg, .gif or .svg shows that image.
     */
    public static DisplayHandle display(Object value) {
        DisplayData data = Renderers.render(asked(value));
        String id = data.hasDisplayId() ? data.getDisplayId() : UUID.randomUUID().toString();
        data.setDisplayId(id);
        Sink s = sink;
        if (s == null) {
            System.out.println(ValueText.of(value));
        } else {
            s.display(data);
        }
        return new DisplayHandle(id);
    }

    /**
     * Shows {@code content} as the MIME type {@code mimeType}: a String as text/html, text/markdown,
     * text/latex, image/svg+xml, application/json or text/plain; a byte[] (a file's bytes) as image/png,
     * image/jpeg or image/gif; a java.awt.Image as image/png.
     */
    public static DisplayHandle display(Object content, String mimeType) {
        return display(as(content, mimeType));
    }

    /** HTML to show; as a cell's last value it shows too. */
    public static MimeContent html(String html) {
        return MimeContent.text("text/html", html);
    }

    /** Markdown to show (JupyterLab renders it, with LaTeX between $ signs). */
    public static MimeContent markdown(String markdown) {
        return MimeContent.text("text/markdown", markdown);
    }

    /** An SVG document to show. */
    public static MimeContent svg(String svg) {
        return MimeContent.text("image/svg+xml", svg);
    }

    /** PNG file bytes to show. */
    public static MimeContent png(byte[] png) {
        return MimeContent.bytes("image/png", png, "the byte[]");
    }

    /** An image file to show: PNG, JPEG, GIF, SVG, or another format Java reads (such as BMP), shown as PNG. */
    public static MimeContent image(Path file) {
        return ImageFiles.read(file);
    }

    /** An image file to show; see {@link #image(Path)}. */
    public static MimeContent image(File file) {
        return ImageFiles.read(file.toPath());
    }

    /** An image file to show, by its path; see {@link #image(Path)}. */
    public static MimeContent image(String path) {
        return ImageFiles.read(Path.of(path));
    }

    /** {@code content} as {@code mimeType}, or a clear error naming what does not fit. */
    static MimeContent as(Object content, String mimeType) {
        if (mimeType == null) {
            throw new IllegalArgumentException("no MIME type given (it is null)");
        }
        String mime = mimeType.strip();
        if (content instanceof CharSequence text) {
            return MimeContent.text(mime, text);
        }
        if (content instanceof byte[] bytes) {
            return MimeContent.bytes(mime, bytes, "the byte[]");
        }
        if (content instanceof Image image && mime.equals("image/png")) {
            return MimeContent.bytes(mime, AwtImages.png(image), "the image");
        }
        if (!MimeTypes.isText(mime) && !MimeTypes.isBinary(mime)) {
            throw MimeTypes.unknown(mime);
        }
        throw new IllegalArgumentException("cannot show a " + (content == null ? "null" : content.getClass().getName())
                + " as " + mime + ": give a String for text types, a byte[] for images (or a java.awt.Image for image/png)");
    }

    /** A Path or File naming an image is shown as that image: the user asked for it by display(path). */
    private static Object asked(Object value) {
        if (value instanceof Path p && ImageFiles.isImageName(p)) {
            return ImageFiles.read(p);
        }
        if (value instanceof File f && ImageFiles.isImageName(f.toPath())) {
            return ImageFiles.read(f.toPath());
        }
        return value;
    }

    /** Replaces what an earlier display(...) shows. */
    public static void updateDisplay(DisplayHandle handle, Object value) {
        updateDisplay(handle.id(), value);
    }

    /** Replaces what an earlier display(...) with this id shows. */
    public static void updateDisplay(String id, Object value) {
        DisplayData data = Renderers.render(asked(value));
        Sink s = sink;
        if (s == null) {
            System.out.println(ValueText.of(value));
        } else {
            s.update(id, data);
        }
    }
}

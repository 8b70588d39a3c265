package jgrad.kernel.display;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.Base64;

/**
 * Content that is shown as one MIME type, as IPython's HTML(...) or Image(...) objects are: what
 * {@code Display.html(...)}, {@code Display.image(path)} and {@code display(content, type)} make. As a
 * cell's last value it shows the same way. Its text/plain is the text itself, or a one-line summary
 * for images.
 */
public final class MimeContent {
    private final String mime;
    private final Object data;
    private final String plain;

    private MimeContent(String mime, Object data, String plain) {
        this.mime = mime;
        this.data = data;
        this.plain = plain;
    }

    /** Text shown as {@code mime} (text/html, text/markdown, image/svg+xml, ...). */
    static MimeContent text(String mime, CharSequence text) {
        if (text == null) {
            throw new IllegalArgumentException("no content to show as " + mime + " (it is null)");
        }
        if (!MimeTypes.isText(mime)) {
            throw MimeTypes.isBinary(mime)
                    ? new IllegalArgumentException(mime + " content must be a byte[], not a String")
                    : MimeTypes.unknown(mime);
        }
        if (mime.equals("application/json")) { // Jupyter carries JSON as JSON, not as a string of it
            try {
                return new MimeContent(mime, new JsonValue(JsonParser.parseString(text.toString())), text.toString());
            } catch (JsonParseException e) {
                throw new IllegalArgumentException("not valid application/json: " + e.getMessage());
            }
        }
        return new MimeContent(mime, text.toString(), text.toString());
    }

    /** Bytes of an image file shown as {@code mime} (image/png, image/jpeg, image/gif). */
    static MimeContent bytes(String mime, byte[] bytes, String source) {
        if (bytes == null) {
            throw new IllegalArgumentException("no content to show as " + mime + " (it is null)");
        }
        if (!MimeTypes.isBinary(mime)) {
            throw MimeTypes.isText(mime)
                    ? new IllegalArgumentException(mime + " content must be a String, not a byte[]")
                    : MimeTypes.unknown(mime);
        }
        if (!MimeTypes.looksLike(mime, bytes)) {
            throw new IllegalArgumentException(source + " does not hold " + mime + " data (its first bytes are not that format's)");
        }
        return new MimeContent(mime, Base64.getEncoder().encodeToString(bytes),
                "<" + mime + " image, " + bytes.length + " bytes>");
    }

    /** The MIME type this content is shown as. */
    public String mimeType() {
        return mime;
    }

    DisplayData toDisplayData() {
        DisplayData out = new DisplayData(plain);
        if (!mime.equals("text/plain")) {
            out.putData(mime, data);
        }
        return out;
    }

    @Override
    public String toString() {
        return plain;
    }
}

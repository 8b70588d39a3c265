package jgrad.kernel.display;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The MIME types {@code display(content, type)} accepts, and how to tell an image file's type. */
final class MimeTypes {
    /** Types whose content is text (a String). */
    static final List<String> TEXT = List.of(
            "text/plain", "text/html", "text/markdown", "text/latex", "image/svg+xml", "application/json");
    /** Types whose content is bytes (a byte[]), sent base64-encoded as Jupyter expects. */
    static final List<String> BINARY = List.of("image/png", "image/jpeg", "image/gif");

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif", "svg", "image/svg+xml");

    private MimeTypes() {
    }

    static boolean isText(String mime) {
        return TEXT.contains(mime);
    }

    static boolean isBinary(String mime) {
        return BINARY.contains(mime);
    }

    /** The image type a file name's extension names, or null (e.g. "x.PNG" is image/png). */
    static String ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** A clear error for a type that is none of the known ones. */
    static IllegalArgumentException unknown(String mime) {
        return new IllegalArgumentException("unknown MIME type '" + mime + "': display(String, type) takes "
                + String.join(", ", TEXT) + "; display(byte[], type) takes " + String.join(", ", BINARY));
    }

    /** True if {@code bytes} start as files of this binary type do (so a mislabelled file is caught early). */
    static boolean looksLike(String mime, byte[] bytes) {
        return switch (mime) {
            case "image/png" -> startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case "image/jpeg" -> startsWith(bytes, 0xFF, 0xD8, 0xFF);
            case "image/gif" -> startsWith(bytes, 'G', 'I', 'F', '8');
            default -> true;
        };
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

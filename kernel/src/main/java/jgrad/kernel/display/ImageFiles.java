package jgrad.kernel.display;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;

/**
 * An image file as content to show: PNG, JPEG and GIF as they are, SVG as text, other formats ImageIO
 * reads (such as BMP) converted to PNG. Errors name the file.
 */
final class ImageFiles {
    private ImageFiles() {
    }

    /** True if the name says it is an image a {@code display(path)} should show as one. */
    static boolean isImageName(Path path) {
        Path name = path.getFileName();
        return name != null && MimeTypes.ofFileName(name.toString()) != null;
    }

    static MimeContent read(Path path) {
        Path file = path.toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such image file: " + file);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read image file " + file + ": " + e.getMessage(), e);
        }
        String mime = MimeTypes.ofFileName(file.getFileName().toString());
        if ("image/svg+xml".equals(mime)) {
            return MimeContent.text(mime, new String(bytes, StandardCharsets.UTF_8));
        }
        if (mime != null) {
            return MimeContent.bytes(mime, bytes, file.toString());
        }
        return MimeContent.bytes("image/png", AwtImages.png(decoded(file, bytes)), file.toString());
    }

    private static BufferedImage decoded(Path file, byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalArgumentException(file + " is not an image file this kernel can read"
                        + " (PNG, JPEG, GIF, SVG, or a format Java reads, such as BMP)");
            }
            return image;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot decode image file " + file + ": " + e.getMessage(), e);
        }
    }
}

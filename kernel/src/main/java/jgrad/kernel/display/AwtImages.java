package jgrad.kernel.display;

import java.awt.Image;
import java.awt.image.BufferedImage;
import java.awt.image.PixelGrabber;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Any {@link java.awt.Image} as PNG bytes: a BufferedImage directly, others (scaled, Toolkit images) grabbed first. */
final class AwtImages {
    private static final long LOAD_TIMEOUT_MS = 30_000;

    private AwtImages() {
    }

    static byte[] png(Image image) {
        RenderedImage rendered = image instanceof RenderedImage r ? r : grabbed(image);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(rendered, "png", out)) {
                throw new IllegalArgumentException("no PNG writer takes this " + image.getClass().getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The pixels of an image that is produced asynchronously; PixelGrabber waits for them. */
    private static BufferedImage grabbed(Image image) {
        PixelGrabber grabber = new PixelGrabber(image, 0, 0, -1, -1, true);
        try {
            if (!grabber.grabPixels(LOAD_TIMEOUT_MS)) {
                throw new IllegalArgumentException("the " + image.getClass().getName() + " could not be loaded");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the image", e);
        }
        int w = grabber.getWidth(), h = grabber.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, (int[]) grabber.getPixels(), 0, w);
        return out;
    }
}

package jgrad.viz;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;

import jgrad.data.Dataset;

/**
 * Small images (digits, MNIST, CIFAR) in rows with a caption under each, like matplotlib's
 * {@code imshow} subplots. Grey images are drawn dark ink on white, each scaled to its own range;
 * three-channel images as RGB in [0, 1].
 */
public final class ImageGrid {
    static final int MAX_COLUMNS = 10;
    /** Each image is scaled up to about this many pixels on its longer side. */
    static final int CELL = 64;
    static final Font CAPTION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private final List<double[]> images;
    private final List<String> captions;
    private final int channels;
    private final int height;
    private final int width;
    private final int columns;

    private ImageGrid(List<double[]> images, List<String> captions, int[] shape, int columns) {
        this.images = images;
        this.captions = captions;
        this.channels = shape.length == 3 ? shape[0] : 1;
        this.height = shape[shape.length - 2];
        this.width = shape[shape.length - 1];
        this.columns = Math.max(1, Math.min(columns, images.size()));
    }

    /** The examples at indices of a dataset whose inputs have shape [H, W], [1, H, W] or [3, H, W]. */
    public static ImageGrid of(Dataset data, List<Integer> indices, IntFunction<String> caption) {
        int[] shape = data.inputShape();
        checkShape(shape, "dataset inputs");
        List<double[]> images = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i : indices) {
            images.add(data.input(i));
            captions.add(caption == null ? "" : caption.apply(i));
        }
        return new ImageGrid(images, captions, shape, MAX_COLUMNS);
    }

    /** Images as a tensor [N, H, W], [N, 1, H, W] or [N, 3, H, W], captions one per image (or none). */
    public static ImageGrid of(jgrad.autograd.Tensor images, List<String> captions, int columns) {
        int[] shape = images.shape();
        if (shape.length < 3) {
            throw new IllegalArgumentException("images: need a tensor [N, H, W], [N, 1, H, W] or [N, 3, H, W], got shape "
                    + Arrays.toString(shape));
        }
        int[] one = Arrays.copyOfRange(shape, 1, shape.length);
        checkShape(one, "each image");
        if (captions != null && !captions.isEmpty() && captions.size() != shape[0]) {
            throw new IllegalArgumentException("images: " + shape[0] + " images but " + captions.size() + " captions");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("images: columns must be positive, got " + columns);
        }
        double[] all = images.toArray();
        int size = all.length / Math.max(1, shape[0]);
        List<double[]> list = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (int n = 0; n < shape[0]; n++) {
            list.add(Arrays.copyOfRange(all, n * size, (n + 1) * size));
            text.add(captions == null || captions.isEmpty() ? "" : captions.get(n));
        }
        return new ImageGrid(list, text, one, columns);
    }

    private static void checkShape(int[] shape, String what) {
        boolean ok = shape.length == 2 || shape.length == 3 && (shape[0] == 1 || shape[0] == 3);
        if (!ok || shape[shape.length - 1] < 1 || shape[shape.length - 2] < 1) {
            throw new IllegalArgumentException("images: " + what + " must have shape [H, W], [1, H, W] or [3, H, W], got "
                    + Arrays.toString(shape));
        }
    }

    /** The number of images. */
    public int size() {
        return images.size();
    }

    /** The grid drawn as one image, captions included. */
    public BufferedImage image() {
        int scale = Math.max(1, CELL / Math.max(height, width));
        int captionHeight = captions.stream().allMatch(String::isEmpty) ? 0 : 18;
        int cellW = Math.max(width * scale, 40) + 10;
        int cellH = height * scale + captionHeight + 8;
        int rows = Math.max(1, (images.size() + columns - 1) / columns);
        BufferedImage out = new BufferedImage(columns * cellW, rows * cellH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(CAPTION_FONT);
            FontMetrics fm = g.getFontMetrics();
            for (int k = 0; k < images.size(); k++) {
                int x0 = (k % columns) * cellW + (cellW - width * scale) / 2;
                int y0 = (k / columns) * cellH + 4;
                paint(g, images.get(k), x0, y0, scale);
                String caption = fit(captions.get(k), fm, cellW - 4);
                g.setColor(Color.BLACK);
                g.drawString(caption, (k % columns) * cellW + (cellW - fm.stringWidth(caption)) / 2,
                        y0 + height * scale + fm.getAscent() + 2);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    private void paint(Graphics2D g, double[] v, int x0, int y0, int scale) {
        int plane = height * width;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            if (Double.isFinite(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        for (int p = 0; p < plane; p++) {
            Color c;
            if (channels == 3) {
                c = new Color(unit(v[p]), unit(v[plane + p]), unit(v[2 * plane + p]));
            } else {
                double t = hi > lo ? (v[p] - lo) / (hi - lo) : 0;
                int shade = (int) Math.round(255 * (1 - (Double.isFinite(t) ? t : 0))); // ink is dark
                c = new Color(shade, shade, shade);
            }
            g.setColor(c);
            g.fillRect(x0 + (p % width) * scale, y0 + (p / width) * scale, scale, scale);
        }
        g.setColor(new Color(200, 200, 200));
        g.drawRect(x0 - 1, y0 - 1, width * scale + 1, height * scale + 1);
    }

    private static float unit(double v) {
        return Double.isFinite(v) ? (float) Math.max(0, Math.min(1, v)) : 0f;
    }

    private static String fit(String s, FontMetrics fm, int room) {
        if (fm.stringWidth(s) <= room) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "…") > room) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }

    /** {@link #image()} as PNG bytes, what the notebook shows. */
    public byte[] toPng() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode images as PNG", e);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "ImageGrid(" + images.size() + " images of " + (channels == 3 ? "3x" : "") + height + "x" + width + ")";
    }
}

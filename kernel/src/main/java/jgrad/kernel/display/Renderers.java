package jgrad.kernel.display;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Turns an object into a Jupyter MIME bundle. text/plain always; further types come from
 * registered renderers (java.awt.Image as PNG; plug-ins add theirs), and by convention from public
 * no-arg methods: toHtml() gives text/html, toSvg() image/svg+xml, toPng() (byte[]) image/png.
 * A {@code @Deprecated} method is not one of them: it is kept for old code, not as a way to display.
 */
public final class Renderers {
    private static final Map<String, String> TEXT_METHODS = Map.of(
            "toHtml", "text/html", "toSvg", "image/svg+xml", "toMarkdown", "text/markdown");
    private static final List<Registration> REGISTERED = new ArrayList<>(List.of(new Registration(
            java.awt.Image.class,
            (image, data) -> data.putData("image/png", Base64.getEncoder().encodeToString(
                    AwtImages.png((java.awt.Image) image))))));

    private Renderers() {
    }

    private record Registration(Class<?> type, BiConsumer<Object, DisplayData> renderer) {
    }

    /** Registers an extra renderer for a type; it may add any MIME types to the bundle. */
    @SuppressWarnings("unchecked")
    public static synchronized <T> void register(Class<T> type, BiConsumer<? super T, DisplayData> renderer) {
        REGISTERED.add(new Registration(type, (BiConsumer<Object, DisplayData>) renderer));
    }

    public static DisplayData render(Object value) {
        if (value instanceof DisplayData dd) {
            return dd;
        }
        if (value instanceof MimeContent content) {
            return content.toDisplayData();
        }
        DisplayData data = new DisplayData(plainText(value));
        if (value == null) {
            return data;
        }
        TEXT_METHODS.forEach((method, mime) -> {
            Object out = call(value, method);
            if (out instanceof CharSequence cs) {
                data.putData(mime, cs.toString());
            }
        });
        Object png = call(value, "toPng");
        if (png instanceof byte[] bytes) {
            data.putData("image/png", Base64.getEncoder().encodeToString(bytes));
        }
        List<Registration> regs;
        synchronized (Renderers.class) {
            regs = List.copyOf(REGISTERED);
        }
        for (Registration r : regs) {
            if (r.type().isInstance(value)) {
                try {
                    r.renderer().accept(value, data);
                } catch (ThreadDeath stop) {
                    throw stop; // an interrupt stopping the cell
                } catch (Throwable e) { // even out of memory: the value is still shown as text
                    System.err.println("a renderer for " + value.getClass().getSimpleName() + " threw "
                            + e.getClass().getName() + ": " + e.getMessage() + "; showing text only");
                }
            }
        }
        return data;
    }

    /** The value's text/plain: bounded whatever its size (see {@link ValueText}). */
    static String plainText(Object value) {
        return ValueText.of(value);
    }

    private static Object call(Object target, String name) {
        try {
            Method m = target.getClass().getMethod(name);
            if (!Modifier.isPublic(m.getModifiers()) || m.getParameterCount() != 0
                    || m.isAnnotationPresent(Deprecated.class)) {
                return null;
            }
            m.setAccessible(true);
            return m.invoke(target);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ThreadDeath stop) {
                throw stop; // an interrupt stopping the cell, not a fault of the value's toHtml()
            }
            // The value is still shown as text/plain; say why the richer view is missing.
            System.err.println(name + "() of " + target.getClass().getSimpleName() + " threw "
                    + e.getCause().getClass().getName() + ": " + e.getCause().getMessage() + "; showing text only");
            return null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}

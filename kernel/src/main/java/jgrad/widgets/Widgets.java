package jgrad.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import jgrad.kernel.display.Display;

/**
 * interact and jslink, statically imported in every cell: {@code interact(n -> Tensor.arange(n), new IntSlider(1, 10))}
 * shows the slider and, below it, the function's result (a chart, a tensor, text), computed again each time the
 * slider moves.
 */
public final class Widgets {
    private Widgets() {
    }

    /**
     * Shows {@code control} and below it what {@code f} returns for its value, recomputed each time it changes
     * (its prints and displays show there too, and so do its errors).
     */
    public static <A> void interact(Function<? super A, ?> f, ValueWidget<A, ?> control) {
        Display.display(interactive(f, control));
    }

    /** Like {@link #interact(Function, ValueWidget)} with two controls. */
    public static <A, B> void interact(BiFunction<? super A, ? super B, ?> f, ValueWidget<A, ?> a, ValueWidget<B, ?> b) {
        Display.display(interactive(f, a, b));
    }

    /** Shows {@code controls} and below them what {@code f} returns, recomputed each time one of them changes. */
    public static void interact(Supplier<?> f, ValueWidget<?, ?>... controls) {
        Display.display(interactive(f, controls));
    }

    /** What {@link #interact(Function, ValueWidget)} shows, not shown yet: the control above an Output. */
    public static <A> VBox interactive(Function<? super A, ?> f, ValueWidget<A, ?> control) {
        required(f, control);
        return interactive(() -> f.apply(control.value()), control);
    }

    /** What {@link #interact(BiFunction, ValueWidget, ValueWidget)} shows, not shown yet. */
    public static <A, B> VBox interactive(BiFunction<? super A, ? super B, ?> f, ValueWidget<A, ?> a, ValueWidget<B, ?> b) {
        required(f, a, b);
        return interactive(() -> f.apply(a.value(), b.value()), a, b);
    }

    /** What {@link #interact(Supplier, ValueWidget...)} shows, not shown yet: the controls above an Output. */
    public static VBox interactive(Supplier<?> f, ValueWidget<?, ?>... controls) {
        required(f, controls);
        required((Object[]) controls);
        Output out = new Output();
        Runnable show = out.capturing(() -> {
            out.clear(true);
            Object result = f.get();
            if (result != null) {
                Display.display(result);
            }
        });
        List<Widget> children = new ArrayList<>(List.of(controls));
        children.add(out);
        VBox box = new VBox(children.toArray(new Widget[0]));
        for (ValueWidget<?, ?> control : controls) {
            control.onChange(value -> show.run());
        }
        show.run();
        return box;
    }

    /**
     * Links {@code sourceKey} of {@code source} to {@code targetKey} of {@code target} in the front end:
     * {@code jslink(play, "value", slider, "value")}.
     */
    public static Link jslink(Widget source, String sourceKey, Widget target, String targetKey) {
        required(source, sourceKey, target, targetKey);
        source.state.kind(sourceKey); // a clear error naming the keys if there is no such key
        target.state.kind(targetKey);
        return new Link(source, sourceKey, target, targetKey);
    }

    /** Links the values of two controls in the front end: {@code jslink(play, slider)}. */
    public static Link jslink(ValueWidget<?, ?> source, ValueWidget<?, ?> target) {
        required(source, target);
        return jslink(source, source.valueKey(), target, target.valueKey());
    }

    private static void required(Object... arguments) {
        for (Object argument : arguments) {
            if (argument == null) {
                throw new IllegalArgumentException("interact and jslink need every argument, and one is null");
            }
        }
    }
}

package jgrad.nn;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import jgrad.autograd.Tensor;

/**
 * The layers and parameters a {@link Module} subclass holds in its own fields, found without a register call,
 * as PyTorch finds them when they are assigned to attributes: non-static fields declared as a Module (or a
 * subclass), and fields declared as a Tensor whose value is a leaf that requires grad (what
 * {@link Parameter#of} makes). Superclass fields come first, each class's in declaration order; the field
 * name is the stable name in {@code stateDict}. Fields of other types, arrays and collections included, are
 * not searched (as PyTorch ignores plain lists): use {@link ModuleList} or {@link Module#registerModule}.
 */
final class FieldMembers {
    private FieldMembers() {
    }

    /** One field's current value. */
    record Member(String name, Object value) {
    }

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            return declared(type);
        }
    };

    /** The Module and Tensor fields' current values (nulls and non-parameter tensors left out). */
    static List<Member> of(Module module) {
        List<Member> out = new ArrayList<>();
        for (Field f : FIELDS.get(module.getClass())) {
            Object value = read(f, module);
            if (value instanceof Module || (value instanceof Tensor t && t.isLeaf() && t.isRequiresGrad())) {
                out.add(new Member(f.getName(), value));
            }
        }
        return out;
    }

    private static List<Field> declared(Class<?> type) {
        if (type == Module.class || type == null) {
            return List.of();
        }
        List<Field> fields = new ArrayList<>(declared(type.getSuperclass()));
        for (Field f : type.getDeclaredFields()) {
            // Synthetic fields are the compiler's (an inner class's this$0, captured variables), not the user's.
            if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                continue;
            }
            if (Module.class.isAssignableFrom(f.getType()) || f.getType() == Tensor.class) {
                fields.add(f);
            }
        }
        return List.copyOf(fields);
    }

    private static Object read(Field f, Module module) {
        // Only fields of Module subclasses are opened: the user's own classes (cells of a notebook among them)
        // and jgrad's layers, never a JDK or other library class.
        if (!f.canAccess(module) && !f.trySetAccessible()) {
            throw new IllegalStateException(module.getClass().getName() + "." + f.getName() + ": the layer or parameter "
                    + "this field holds cannot be found, because its module does not open " + f.getDeclaringClass()
                    .getPackageName() + " to jgrad; make the field public, or register it with registerModule(\""
                    + f.getName() + "\", ...) / registerParameter(\"" + f.getName() + "\", ...)");
        }
        try {
            return f.get(module);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(module.getClass().getName() + "." + f.getName() + ": cannot be read", e);
        }
    }
}

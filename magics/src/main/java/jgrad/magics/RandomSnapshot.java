package jgrad.magics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Random;

/**
 * Saves and restores a {@link Random} held in a field (Tensor's global generator, a DataLoader's
 * shuffler), so an experiment such as the LR finder leaves the random stream exactly where it
 * was. jgrad has no public RNG-state API, so the generator is copied by serialization (Random is
 * Serializable) and the copy put back into the field by reflection.
 */
final class RandomSnapshot {
    private final Object owner;
    private final Field field;
    private final byte[] state;

    private RandomSnapshot(Object owner, Field field, byte[] state) {
        this.owner = owner;
        this.field = field;
        this.state = state;
    }

    /** Snapshot of the Random in {@code type.name} of owner (null owner for a static field). */
    static RandomSnapshot of(Class<?> type, String name, Object owner) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            if (Modifier.isStatic(f.getModifiers()) != (owner == null)) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + name + ": static/instance mismatch");
            }
            Random r = (Random) f.get(owner);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(r);
            }
            return new RandomSnapshot(owner, f, bytes.toByteArray());
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("cannot snapshot the random generator " + type.getSimpleName() + "." + name, e);
        }
    }

    void restore() {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(state))) {
            field.set(owner, in.readObject());
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException("cannot restore the random generator " + field.getName(), e);
        }
    }
}

package jgrad.autograd;

/**
 * One call of a module's forward pass, so graph views can group the nodes it created into a
 * module block. {@code jgrad.nn.Module.call} enters a scope around {@code forward}; every graph
 * node created meanwhile records the innermost one ({@link Node#scope()}). Scopes chain to
 * the enclosing call, forming a per-thread stack. The owner is typed Object because autograd does
 * not know about jgrad.nn; it is the Module. Costs one small allocation per module call.
 */
public final class ModuleScope {
    private static final ThreadLocal<ModuleScope> CURRENT = new ThreadLocal<>();

    private final Object owner;
    private final ModuleScope parent;
    private final int ordinal;
    private int childCalls;

    private ModuleScope(Object owner, ModuleScope parent) {
        this.owner = owner;
        this.parent = parent;
        this.ordinal = parent == null ? 0 : parent.childCalls++;
    }

    /** Makes a new scope for a call of {@code owner} the current one; returns the one to {@link #exit} to. */
    public static ModuleScope enter(Object owner) {
        ModuleScope outer = CURRENT.get();
        CURRENT.set(new ModuleScope(owner, outer));
        return outer;
    }

    /** Restores the scope that {@link #enter} returned (call it in a finally block). */
    public static void exit(ModuleScope outer) {
        CURRENT.set(outer);
    }

    /** The innermost module call running on this thread, or null outside any. */
    public static ModuleScope current() {
        return CURRENT.get();
    }

    /** The module whose forward pass this is. */
    public Object owner() {
        return owner;
    }

    /** The enclosing module call, or null for an outermost one. */
    public ModuleScope parent() {
        return parent;
    }

    /** The position of this call among the calls made directly inside its parent call (0, 1, …). */
    public int ordinal() {
        return ordinal;
    }

    /** Nesting level: 1 for an outermost call, 2 for a call inside it, and so on. */
    public int level() {
        int level = 0;
        for (ModuleScope s = this; s != null; s = s.parent) {
            level++;
        }
        return level;
    }
}

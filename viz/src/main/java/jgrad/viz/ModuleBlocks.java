package jgrad.viz;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jgrad.autograd.ModuleScope;
import jgrad.nn.Module;
import jgrad.nn.ModulePaths;

/**
 * Which module block each graph node goes in. A module call at nesting level L (the root model's
 * own call is level 1, its layers level 2, …) is drawn as an open block when L ≤ depth; the
 * outermost call deeper than that becomes one box node standing for everything inside it.
 */
final class ModuleBlocks {
    private final ModulePaths paths;
    private final int depth;

    ModuleBlocks(Module root, Collection<ModuleScope> scopes, int depth) {
        this.paths = ModulePaths.of(root, scopes);
        this.depth = depth;
    }

    /** The model the module calls belong to: the one module all outermost calls were made on, else null. */
    static Module inferRoot(Collection<ModuleScope> scopes) {
        List<Object> owners = scopes.stream().filter(Objects::nonNull).map(ModuleBlocks::outermost)
                .map(ModuleScope::owner).distinct().toList();
        return owners.size() == 1 ? (Module) owners.get(0) : null;
    }

    private static ModuleScope outermost(ModuleScope s) {
        while (s.parent() != null) {
            s = s.parent();
        }
        return s;
    }

    String path(ModuleScope s) {
        return paths.path(s);
    }

    /** 1 for the root model's call, one more per dot-separated name in the path. */
    int level(ModuleScope s) {
        String path = path(s);
        return path.isEmpty() ? 1 : (int) path.chars().filter(c -> c == '.').count() + 2;
    }

    /** The outermost collapsed call enclosing s (s itself included), or null if s is drawn open. */
    ModuleScope box(ModuleScope s) {
        ModuleScope box = null;
        for (ModuleScope x = s; x != null; x = x.parent()) {
            if (level(x) > depth) {
                box = x;
            }
        }
        return box;
    }

    /** The call, among consumer and its enclosing calls, of the module that owns the named parameter; else null. */
    ModuleScope ownerOf(String parameter, ModuleScope consumer) {
        int dot = parameter.lastIndexOf('.');
        String modulePath = dot < 0 ? "" : parameter.substring(0, dot);
        for (ModuleScope x = consumer; x != null; x = x.parent()) {
            if (path(x).equals(modulePath)) {
                return x;
            }
        }
        return null;
    }

    /** The title of a block or box: "0: Linear(in=3, out=2)", or the type alone for the root model. */
    String title(ModuleScope s) {
        Module m = ModulePaths.module(s);
        String type = m.children().isEmpty() ? m.toString().lines().findFirst().orElse("") : m.getClass().getSimpleName();
        return path(s).isEmpty() ? type : path(s) + ": " + type;
    }

    /** The block's title line: "0: Linear(in=3, out=2) · 8 parameters". */
    String blockTitle(ModuleScope s) {
        long n = ModulePaths.module(s).parameterCount();
        return n == 0 ? title(s) : title(s) + " · " + parameters(n);
    }

    /** A box's lines: its title, then "5 ops · 8 parameters". */
    List<String> boxLines(ModuleScope s, int ops) {
        long n = ModulePaths.module(s).parameterCount();
        String count = ops + (ops == 1 ? " op" : " ops");
        return List.of(title(s), n == 0 ? count : count + " · " + parameters(n));
    }

    private static String parameters(long n) {
        return String.format(Locale.ROOT, n == 1 ? "%,d parameter" : "%,d parameters", n);
    }
}

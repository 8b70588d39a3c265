package jgrad.nn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jgrad.autograd.ModuleScope;

/**
 * Dotted module paths ("0", "encoder.fc1", as in {@link Module#namedParameters}) for the module
 * calls recorded in graph nodes ({@link ModuleScope}). The root model's own calls get "". A module
 * registered under several names in one parent (a Sequential holding the same layer twice) gets
 * them in call order; a module called twice under one name gets that name for both calls; a
 * module that is not a registered child gets its class name.
 */
public final class ModulePaths {
    private final Module root;
    private final Map<Module, String> pathInRoot = new IdentityHashMap<>();
    private final Map<ModuleScope, String> paths = new IdentityHashMap<>();

    private ModulePaths(Module root) {
        this.root = root;
        if (root != null) {
            Deque<Map.Entry<String, Module>> work = new ArrayDeque<>();
            work.push(Map.entry("", root));
            while (!work.isEmpty()) {
                var e = work.pop();
                if (pathInRoot.putIfAbsent(e.getValue(), e.getKey()) == null) { // each module's tree once, cycles too
                    e.getValue().children().forEach((name, child) -> work.push(Map.entry(join(e.getKey(), name), child)));
                }
            }
        }
    }

    /**
     * Resolves the paths of the given scopes (nulls are skipped) and all their enclosing scopes.
     *
     * @param root the model the paths are relative to; null to name outermost calls by their class
     */
    public static ModulePaths of(Module root, Collection<ModuleScope> scopes) {
        ModulePaths p = new ModulePaths(root);
        // Group calls by (enclosing call, module) so repeated registrations are handed out in call order.
        Map<ModuleScope, Map<Module, List<ModuleScope>>> siblings = new IdentityHashMap<>();
        List<ModuleScope> outermost = new ArrayList<>();
        Deque<ModuleScope> work = new ArrayDeque<>();
        scopes.stream().filter(s -> s != null).forEach(work::push);
        Map<ModuleScope, Boolean> seen = new IdentityHashMap<>();
        List<ModuleScope> all = new ArrayList<>();
        while (!work.isEmpty()) {
            ModuleScope s = work.pop();
            if (seen.put(s, Boolean.TRUE) != null) {
                continue;
            }
            all.add(s);
            if (s.parent() == null) {
                outermost.add(s);
            } else {
                siblings.computeIfAbsent(s.parent(), k -> new IdentityHashMap<>())
                        .computeIfAbsent(module(s), k -> new ArrayList<>()).add(s);
                work.push(s.parent());
            }
        }
        for (ModuleScope s : outermost) {
            Module m = module(s);
            p.paths.put(s, m == root ? "" : p.pathInRoot.getOrDefault(m, m.getClass().getSimpleName()));
        }
        siblings.values().forEach(byModule -> byModule.values()
                .forEach(calls -> calls.sort(Comparator.comparingInt(ModuleScope::ordinal))));
        // Parents before children: sort by nesting level.
        all.sort(Comparator.comparingInt(ModuleScope::level));
        for (ModuleScope s : all) {
            if (s.parent() == null) {
                continue;
            }
            List<ModuleScope> calls = siblings.get(s.parent()).get(module(s));
            List<String> names = namesOf(module(s.parent()), module(s));
            String name = names.isEmpty() ? module(s).getClass().getSimpleName()
                    : names.get(Math.min(calls.indexOf(s), names.size() - 1));
            p.paths.put(s, join(p.paths.get(s.parent()), name));
        }
        return p;
    }

    /** The dotted path of a module call resolved by {@link #of}; "" for the root model's own call. */
    public String path(ModuleScope scope) {
        String path = paths.get(scope);
        if (path == null) {
            throw new IllegalArgumentException("ModulePaths: scope of " + module(scope).getClass().getSimpleName()
                    + " was not among those resolved");
        }
        return path;
    }

    /** The module a scope belongs to. */
    public static Module module(ModuleScope scope) {
        return (Module) scope.owner();
    }

    private static List<String> namesOf(Module parent, Module child) {
        List<String> names = new ArrayList<>();
        parent.children().forEach((name, m) -> {
            if (m == child) {
                names.add(name);
            }
        });
        return names;
    }

    private static String join(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }
}

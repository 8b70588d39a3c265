package jgrad.kernel.eval;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import jgrad.kernel.eval.SourceTrees.Parsed;

/**
 * The user API as its sources declare it: the public types of the API packages and their public and protected
 * members, each with its signature and javadoc. {@code ?name} searches it by name, Tab completion asks it which
 * members are internal (their javadoc says {@code @hidden}, the javadoc tool's own tag for "public for technical
 * reasons, not API"), and a unit test requires javadoc on every method and constructor in it.
 */
final class ApiCatalog {
    private static final Pattern HIDDEN_TAG = Pattern.compile("(?m)^\\s*@hidden\\b");
    private static final int MAX_SUPERTYPE_DEPTH = 8;

    /** What a declaration is; a type's constructors are named as the type. */
    enum Kind { TYPE, CONSTRUCTOR, METHOD, FIELD }

    /**
     * One declaration of the API.
     *
     * @param owner     the declaring type's name within its package ({@code Outer.Inner}); a type's own name for a type
     * @param name      the member's name; the simple name for a type or a constructor
     * @param signature as a user reads it: {@code static void Grad.noGrad(Runnable body)}
     * @param javadoc   the raw comment, or null where there is none
     * @param hidden    its javadoc says {@code @hidden}: public for other packages of jgrad, not for notebooks
     * @param overrides it says {@code @Override}: it takes the comment of what it overrides
     * @param implicit  a constructor the compiler adds, which no comment can document
     */
    record Entry(String packageName, String owner, String name, Kind kind, String signature, String javadoc,
                 boolean hidden, boolean overrides, boolean implicit) {
        boolean documented() {
            return javadoc != null && !javadoc.isBlank();
        }
    }

    private final ProjectSources sources;
    private final SourceTrees trees;
    private final List<String> packages;
    /** Each file's declarations, read when first needed: Tab on one type parses only its own files. */
    private final Map<Path, List<Entry>> byFile = new HashMap<>();
    /** Each type's supertypes as written (no type arguments), by its qualified name. */
    private final Map<String, List<String>> supertypes = new HashMap<>();
    private final Map<String, Path> typeFiles = new HashMap<>();

    ApiCatalog(ProjectSources sources, SourceTrees trees, List<String> packages) {
        this.sources = sources;
        this.trees = trees;
        this.packages = List.copyOf(packages);
    }

    /** Every declaration of the API, types before their members, in source order. */
    synchronized List<Entry> entries() {
        List<Path> files = new ArrayList<>();
        packages.forEach(pkg -> files.addAll(sources.filesIn(pkg)));
        trees.parseAll(files);
        List<Entry> all = new ArrayList<>();
        files.forEach(file -> all.addAll(entriesOf(file)));
        return all;
    }

    /**
     * The declarations named {@code query}, ignoring case and underscores, so that PyTorch's {@code no_grad}
     * finds {@code noGrad}; a qualified query ({@code torch.no_grad}) is searched by its last name. Exact
     * spellings first, internals last.
     */
    List<Entry> named(String query) {
        String last = query.substring(query.lastIndexOf('.') + 1);
        String key = key(last);
        if (key.isEmpty()) {
            return List.of();
        }
        return entries().stream().filter(e -> key(e.name()).equals(key))
                .sorted(Comparator.comparing((Entry e) -> !e.name().equals(last)).thenComparing(Entry::hidden))
                .toList();
    }

    /** The methods and constructors without a comment of their own or an inherited one, as "package: signature". */
    List<String> undocumented() {
        return entries().stream()
                .filter(e -> (e.kind() == Kind.METHOD || e.kind() == Kind.CONSTRUCTOR) && !e.documented() && !e.overrides())
                .map(e -> e.packageName() + ": " + e.signature() + (e.implicit() ? " (implicit; declare it to document it)" : ""))
                .toList();
    }

    /**
     * The names of a type's members (its own and its API supertypes') whose every declaration is {@code @hidden};
     * empty for a type outside the API. {@code type} as JShell writes it: qualified or simple, with type arguments.
     */
    synchronized Set<String> hiddenMembers(String type) {
        Set<String> hierarchy = new HashSet<>();
        resolve(stripArguments(type), "").ifPresent(q -> collectHierarchy(q, hierarchy, 0));
        Set<String> hidden = new HashSet<>();
        Set<String> shown = new HashSet<>();
        for (String qualified : hierarchy) {
            for (Entry e : entriesOf(typeFiles.get(qualified))) {
                if ((e.kind() == Kind.METHOD || e.kind() == Kind.FIELD) && qualified.equals(e.packageName() + "." + e.owner())) {
                    (e.hidden() ? hidden : shown).add(e.name());
                }
            }
        }
        hidden.removeAll(shown);
        return hidden;
    }

    /**
     * Reads the declarations of {@code type} and its supertypes on a daemon thread. JupyterLab waits one second
     * for completions and then shows none, and parsing a large source file such as Tensor's for the first Tab
     * takes longer than that on a busy machine.
     */
    void readAhead(String type) {
        Thread t = new Thread(() -> {
            try {
                hiddenMembers(type);
            } catch (RuntimeException e) { // the first Tab reads it again, and reports what is wrong
            }
        }, "jgrad-api-read-ahead");
        t.setDaemon(true);
        t.start();
    }

    private void collectHierarchy(String qualified, Set<String> into, int depth) {
        if (!into.add(qualified) || depth >= MAX_SUPERTYPE_DEPTH) {
            return;
        }
        String pkg = qualified.substring(0, qualified.length() - ownerOf(qualified).length() - 1);
        for (String superType : supertypes.getOrDefault(qualified, List.of())) {
            resolve(superType, pkg).ifPresent(q -> collectHierarchy(q, into, depth + 1));
        }
    }

    /** The qualified name of the API type written so (qualified, or Outer.Inner), looking in package context first. */
    private Optional<String> resolve(String name, String context) {
        String pkg = DocSignature.packageOf(name);
        String owner = pkg.isEmpty() ? name : name.substring(pkg.length() + 1);
        List<String> candidates = new ArrayList<>();
        if (!pkg.isEmpty()) {
            candidates.add(pkg);
        } else {
            if (packages.contains(context)) {
                candidates.add(context);
            }
            candidates.addAll(packages);
        }
        String topLevel = owner.split("\\.")[0];
        for (String p : candidates) {
            if (!packages.contains(p)) {
                continue;
            }
            for (Path file : sources.filesOf(p, topLevel)) {
                for (Entry e : entriesOf(file)) {
                    if (e.kind() == Kind.TYPE && e.packageName().equals(p) && e.owner().equals(owner)) {
                        return Optional.of(p + "." + owner);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The part of a qualified type name after its package. */
    private static String ownerOf(String qualified) {
        String pkg = DocSignature.packageOf(qualified);
        return qualified.substring(pkg.length() + 1);
    }

    private static String stripArguments(String type) {
        int lt = type.indexOf('<');
        return (lt < 0 ? type : type.substring(0, lt)).strip();
    }

    private List<Entry> entriesOf(Path file) {
        if (file == null) {
            return List.of();
        }
        List<Entry> known = byFile.get(file);
        if (known != null) {
            return known;
        }
        List<Entry> out = new ArrayList<>();
        Parsed parsed = trees.parse(file);
        if (parsed != null) {
            TreePath unit = new TreePath(parsed.unit());
            for (Tree top : parsed.unit().getTypeDecls()) {
                if (top instanceof ClassTree type && type.getModifiers().getFlags().contains(Modifier.PUBLIC)) {
                    addType(parsed, file, new TreePath(unit, top), "", out);
                }
            }
        }
        byFile.put(file, out);
        return out;
    }

    private void addType(Parsed parsed, Path file, TreePath path, String outer, List<Entry> entries) {
        ClassTree type = (ClassTree) path.getLeaf();
        String pkg = parsed.packageName();
        String simple = type.getSimpleName().toString();
        String owner = outer.isEmpty() ? simple : outer + "." + simple;
        Tree.Kind kind = type.getKind();
        boolean inInterface = kind == Tree.Kind.INTERFACE || kind == Tree.Kind.ANNOTATION_TYPE;
        String doc = doc(parsed, path);
        entries.add(new Entry(pkg, owner, simple, Kind.TYPE, kindWord(kind) + " " + pkg + "." + owner, doc,
                isHidden(doc), false, false));
        List<String> supers = new ArrayList<>();
        if (type.getExtendsClause() != null) {
            supers.add(typeName(type.getExtendsClause()));
        }
        type.getImplementsClause().forEach(t -> supers.add(typeName(t)));
        supertypes.put(pkg + "." + owner, supers);
        typeFiles.put(pkg + "." + owner, file);

        boolean hasConstructor = false;
        for (Tree member : type.getMembers()) {
            TreePath memberPath = new TreePath(path, member);
            if (member instanceof ClassTree nested) {
                if (visible(nested.getModifiers(), inInterface)) {
                    addType(parsed, file, memberPath, owner, entries);
                }
            } else if (member instanceof MethodTree method) {
                boolean constructor = method.getReturnType() == null;
                hasConstructor |= constructor;
                if (visible(method.getModifiers(), inInterface) && !(constructor && kind == Tree.Kind.ENUM)) {
                    String memberDoc = doc(parsed, memberPath);
                    entries.add(new Entry(pkg, owner, constructor ? simple : method.getName().toString(),
                            constructor ? Kind.CONSTRUCTOR : Kind.METHOD, signature(owner, simple, method), memberDoc,
                            isHidden(memberDoc), isOverride(method.getModifiers()), false));
                }
            } else if (member instanceof VariableTree field && visible(field.getModifiers(), inInterface)) {
                String memberDoc = doc(parsed, memberPath);
                boolean isStatic = field.getModifiers().getFlags().contains(Modifier.STATIC) || inInterface;
                String fieldType = field.getType() == null ? owner : field.getType().toString(); // enum constants
                entries.add(new Entry(pkg, owner, field.getName().toString(), Kind.FIELD,
                        (isStatic ? "static " : "") + fieldType + " " + owner + "." + field.getName(), memberDoc,
                        isHidden(memberDoc), false, false));
            }
        }
        boolean instantiable = kind == Tree.Kind.CLASS && !type.getModifiers().getFlags().contains(Modifier.ABSTRACT);
        if (!hasConstructor && instantiable) {
            entries.add(new Entry(pkg, owner, simple, Kind.CONSTRUCTOR, owner + "()", null, false, false, true));
        }
    }

    private static String signature(String owner, String simple, MethodTree method) {
        String params = method.getParameters().stream().map(ApiCatalog::param).collect(Collectors.joining(", "));
        if (method.getReturnType() == null) {
            return owner + "(" + params + ")";
        }
        String typeParams = method.getTypeParameters().isEmpty() ? ""
                : "<" + method.getTypeParameters().stream().map(Tree::toString).collect(Collectors.joining(", ")) + "> ";
        String statik = method.getModifiers().getFlags().contains(Modifier.STATIC) ? "static " : "";
        return statik + typeParams + method.getReturnType() + " " + owner + "." + method.getName() + "(" + params + ")";
    }

    /** A parameter as declared, without annotations or {@code final}: {@code int... shape}. */
    private static String param(VariableTree p) {
        return p.toString().replaceAll("@[\\w.]+(\\([^)]*\\))?\\s*", "").replaceFirst("^final\\s+", "").strip();
    }

    private static boolean visible(ModifiersTree mods, boolean inInterface) {
        Set<Modifier> flags = mods.getFlags();
        return flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.PROTECTED)
                || (inInterface && !flags.contains(Modifier.PRIVATE));
    }

    private static boolean isOverride(ModifiersTree mods) {
        for (AnnotationTree a : mods.getAnnotations()) {
            String name = a.getAnnotationType().toString();
            if (name.equals("Override") || name.equals("java.lang.Override")) {
                return true;
            }
        }
        return false;
    }

    private static String doc(Parsed parsed, TreePath path) {
        return parsed.trees().getDocComment(path);
    }

    private static boolean isHidden(String doc) {
        return doc != null && HIDDEN_TAG.matcher(doc).find();
    }

    private static String typeName(Tree type) {
        Tree raw = type instanceof ParameterizedTypeTree generic ? generic.getType() : type;
        return raw.toString();
    }

    private static String kindWord(Tree.Kind kind) {
        return switch (kind) {
            case INTERFACE -> "interface";
            case ENUM -> "enum";
            case RECORD -> "record";
            case ANNOTATION_TYPE -> "@interface";
            default -> "class";
        };
    }

    /** How names compare in a search: case and underscores ignored. */
    static String key(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }
}

package jgrad.kernel.eval;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jgrad.kernel.eval.SourceTrees.Parsed;

/**
 * The javadoc of jgrad's own classes, read from the sources that ship in its jars ({@link ProjectSources})
 * with the javac Tree API. JShell's documentation lookup finds javadoc only in the JDK's src.zip; this
 * fills in the rest from the signature JShell gives. A method without its own comment takes the one of the
 * method it overrides in a jgrad supertype, as javadoc does.
 */
final class ProjectJavadoc {
    private static final int MAX_SUPERTYPE_DEPTH = 8;

    private final ProjectSources sources;
    private final SourceTrees trees;

    ProjectJavadoc(ProjectSources sources) {
        this(sources, new SourceTrees());
    }

    ProjectJavadoc(ProjectSources sources, SourceTrees trees) {
        this.sources = sources;
        this.trees = trees;
    }

    /** The raw javadoc (as JShell gives it: no comment markers, tags as written) of the declaration signed so. */
    synchronized Optional<String> of(String signature) {
        try {
            return DocSignature.parse(signature).flatMap(this::javadoc);
        } catch (RuntimeException e) {
            System.err.println("Shift-Tab: no javadoc for " + signature + ": " + e);
            return Optional.empty();
        }
    }

    private Optional<String> javadoc(DocSignature sig) {
        Optional<Declared> type = type(sig.owner(), "");
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Declared owner = type.get();
        if (sig.member().isEmpty()) {
            return owner.doc();
        }
        Optional<String> doc = member(owner, sig, 0);
        if (doc.isEmpty() && !sig.callable()) { // Outer.Inner reads like a field Inner of Outer
            return type(sig.owner() + "." + sig.member(), "").flatMap(Declared::doc);
        }
        if (doc.isEmpty() && sig.member().equals(DocSignature.CONSTRUCTOR) && owner.tree().getKind() == Tree.Kind.RECORD) {
            return owner.doc(); // the record itself, or its canonical constructor: the record's comment says both
        }
        return doc;
    }

    private Optional<String> member(Declared owner, DocSignature sig, int depth) {
        List<Declared> candidates = new ArrayList<>();
        for (Tree m : ((ClassTree) owner.tree()).getMembers()) {
            if (sig.callable() && m instanceof MethodTree method && method.getName().contentEquals(sig.member())
                    && method.getParameters().size() == sig.params().size()) {
                candidates.add(owner.child(m));
            } else if (!sig.callable() && m instanceof VariableTree field && field.getName().contentEquals(sig.member())) {
                candidates.add(owner.child(m));
            }
        }
        Optional<Declared> match = best(candidates, sig);
        if (match.isPresent() && match.get().doc().isPresent()) {
            return match.get().doc();
        }
        if (depth >= MAX_SUPERTYPE_DEPTH || sig.member().equals(DocSignature.CONSTRUCTOR)
                || (match.isEmpty() && !candidates.isEmpty())) {
            return Optional.empty();
        }
        for (Tree superType : supertypes((ClassTree) owner.tree())) {
            Optional<String> inherited = type(typeName(superType), owner.packageName())
                    .flatMap(t -> member(t, sig, depth + 1));
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        return Optional.empty();
    }

    /** The one candidate whose parameters have the signature's names (and, between overloads, its types). */
    private static Optional<Declared> best(List<Declared> candidates, DocSignature sig) {
        if (candidates.size() <= 1) {
            return candidates.stream().findFirst();
        }
        List<Declared> byNames = candidates.stream().filter(c -> sameParams(c, sig, false)).toList();
        List<Declared> byTypes = (byNames.isEmpty() ? candidates : byNames).stream()
                .filter(c -> sameParams(c, sig, true)).toList();
        return byTypes.size() == 1 ? Optional.of(byTypes.get(0))
                : byNames.size() == 1 ? Optional.of(byNames.get(0)) : Optional.empty();
    }

    private static boolean sameParams(Declared candidate, DocSignature sig, boolean types) {
        if (!(candidate.tree() instanceof MethodTree method)) {
            return true;
        }
        for (int i = 0; i < sig.params().size(); i++) {
            VariableTree p = method.getParameters().get(i);
            DocSignature.Param wanted = sig.params().get(i);
            boolean same = types
                    ? DocSignature.simpleType(p.getType().toString()).equals(DocSignature.simpleType(wanted.type()))
                    : p.getName().contentEquals(wanted.name());
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static List<Tree> supertypes(ClassTree type) {
        List<Tree> out = new ArrayList<>();
        if (type.getExtendsClause() != null) {
            out.add(type.getExtendsClause());
        }
        out.addAll(type.getImplementsClause());
        return out;
    }

    private static String typeName(Tree type) {
        if (type instanceof ParameterizedTypeTree generic) {
            return typeName(generic.getType());
        }
        if (type instanceof MemberSelectTree select) {
            return select.toString();
        }
        return type.toString();
    }

    /** The declaration of a type named as in a signature: simple, nested or qualified; preferring package context. */
    private Optional<Declared> type(String name, String context) {
        String pkg = DocSignature.packageOf(name);
        String[] nested = (pkg.isEmpty() ? name : name.substring(pkg.length() + 1)).split("\\.");
        List<Path> candidates = new ArrayList<>();
        if (pkg.isEmpty() && !context.isEmpty()) {
            candidates.addAll(sources.filesOf(context, nested[0]));
        }
        candidates.addAll(sources.filesOf(pkg, nested[0]));
        for (Path file : candidates) {
            Parsed unit = trees.parse(file);
            if (unit == null) {
                continue;
            }
            for (Tree top : unit.unit().getTypeDecls()) {
                Optional<Declared> found = descend(new Declared(unit, new TreePath(new TreePath(unit.unit()), top)), nested, 0);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Declared> descend(Declared at, String[] nested, int i) {
        if (!(at.tree() instanceof ClassTree type) || !type.getSimpleName().contentEquals(nested[i])) {
            return Optional.empty();
        }
        if (i == nested.length - 1) {
            return Optional.of(at);
        }
        for (Tree member : type.getMembers()) {
            Optional<Declared> found = descend(at.child(member), nested, i + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A declaration in a parsed source file. */
    private record Declared(Parsed parsed, TreePath path) {
        Tree tree() {
            return path.getLeaf();
        }

        Declared child(Tree member) {
            return new Declared(parsed, new TreePath(path, member));
        }

        Optional<String> doc() {
            String doc = parsed.trees().getDocComment(path);
            return doc == null || doc.isBlank() ? Optional.empty() : Optional.of(doc);
        }

        String packageName() {
            return parsed.packageName();
        }
    }
}

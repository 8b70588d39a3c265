package jgrad.kernel.eval;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Python's {@code name=value} arguments in Java code, found with javac's parser: {@code new SGD(params, lr=0.1)}
 * compiles when the session has a variable {@code lr}, and then assigns 0.1 to it; without one, the compile error
 * gets a hint naming the parameter's position. Only an assignment that is itself an argument of a call or
 * {@code new} counts: not {@code ==}, {@code <=}, a lambda's body, a string, or a for loop's counter.
 */
final class KeywordArguments {
    /**
     * One {@code name=value} argument: the name, its whole text ({@code lr = 0.1}), the value's text, and the
     * method or class called with it.
     */
    record Use(String name, String text, String value, String callee, boolean constructor) {
    }

    /** Cheap test before parsing: a name followed by a single '=' right after '(' or ','. */
    private static final Pattern MAYBE = Pattern.compile("[(,]\\s*[A-Za-z_$][\\w$]*\\s*=(?!=)");
    /** A snippet is a statement or expression (parsed in a method body) or a declaration (in a class body). */
    private static final List<String[]> WRAPPERS = List.of(
            new String[] {"class W { void m() throws Throwable {\n", "\n;} }"}, new String[] {"class W {\n", "\n}"});

    private KeywordArguments() {
    }

    /** The {@code name=value} arguments in {@code source} (a JShell snippet); empty when it does not parse. */
    static List<Use> in(String source) {
        return parse(source).uses();
    }

    /**
     * One line per {@code name=value} argument of {@code source} whose name is a variable (of the session, as
     * {@code isVariable} tells, or declared in the snippet): the call compiles, and assigns the value to it.
     */
    static List<String> warnings(String source, Predicate<String> isVariable) {
        Parsed parsed = parse(source);
        List<String> out = new ArrayList<>();
        for (Use u : parsed.uses()) {
            if (parsed.declared().contains(u.name()) || isVariable.test(u.name())) {
                out.add("warning: `" + u.text() + "` assigns " + u.value() + " to your variable " + u.name()
                        + "; Java has no keyword arguments: pass " + u.value());
            }
        }
        return out;
    }

    /** What a snippet's tree holds: its {@code name=value} arguments and the variables it declares. */
    private record Parsed(List<Use> uses, Set<String> declared) {
        static final Parsed NONE = new Parsed(List.of(), Set.of());
    }

    /** javac and a file manager for it, made once: parsing alone reads no files, and a manager costs more than a parse. */
    private static final class Javac {
        static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();
        static final StandardJavaFileManager FILES = COMPILER == null ? null
                : COMPILER.getStandardFileManager(null, null, StandardCharsets.UTF_8);
    }

    private static synchronized Parsed parse(String source) {
        if (!MAYBE.matcher(source).find() || Javac.COMPILER == null) {
            return Parsed.NONE;
        }
        for (String[] wrapper : WRAPPERS) {
            String text = wrapper[0] + source + wrapper[1];
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            JavacTask task = (JavacTask) Javac.COMPILER.getTask(null, Javac.FILES, diagnostics, List.of("-proc:none"), null,
                    List.of(new Source(text)));
            try {
                CompilationUnitTree unit = task.parse().iterator().next();
                if (diagnostics.getDiagnostics().stream().noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR)) {
                    return scan(unit, text, Trees.instance(task).getSourcePositions());
                }
            } catch (IOException | RuntimeException e) {
                return Parsed.NONE; // only a hint is lost
            }
        }
        return Parsed.NONE;
    }

    private static Parsed scan(CompilationUnitTree unit, String text, SourcePositions positions) {
        List<Use> uses = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
                collect(node.getArguments(), calleeName(node.getMethodSelect()), false);
                return super.visitMethodInvocation(node, unused);
            }

            @Override
            public Void visitNewClass(NewClassTree node, Void unused) {
                collect(node.getArguments(), calleeName(node.getIdentifier()), true);
                return super.visitNewClass(node, unused);
            }

            @Override
            public Void visitVariable(VariableTree node, Void unused) {
                declared.add(node.getName().toString());
                return super.visitVariable(node, unused);
            }

            private void collect(List<? extends ExpressionTree> args, String callee, boolean constructor) {
                for (ExpressionTree arg : args) {
                    if (arg instanceof AssignmentTree a && a.getVariable() instanceof IdentifierTree id) {
                        uses.add(new Use(id.getName().toString(), textOf(a), textOf(a.getExpression()), callee,
                                constructor));
                    }
                }
            }

            private String textOf(Tree t) {
                int start = (int) positions.getStartPosition(unit, t), end = (int) positions.getEndPosition(unit, t);
                return start >= 0 && end >= start && end <= text.length() ? text.substring(start, end) : t.toString();
            }
        }.scan(unit, null);
        return new Parsed(List.copyOf(uses), Set.copyOf(declared));
    }

    /** {@code max} for {@code x.max}, {@code LSTM} for {@code jgrad.nn.LSTM} or {@code ArrayList<>}. */
    private static String calleeName(Tree t) {
        if (t instanceof ParameterizedTypeTree p) {
            return calleeName(p.getType());
        }
        if (t instanceof MemberSelectTree m) {
            return m.getIdentifier().toString();
        }
        return t instanceof IdentifierTree id ? id.getName().toString() : "";
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String text) {
            super(URI.create("string:///W.java"), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}

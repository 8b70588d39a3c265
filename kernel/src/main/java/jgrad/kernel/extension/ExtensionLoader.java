package jgrad.kernel.extension;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import jgrad.kernel.eval.CodeEvaluator;
import jgrad.kernel.spi.KernelExtension;
import jgrad.kernel.spi.KernelSession;
import jgrad.kernel.spi.Renderer;

/**
 * Installs the {@link KernelExtension}s of jars added to the session. The providers are looked up through
 * the class loader of the cells' own classes, so a plug-in's renderer is registered for the very classes
 * the cells create (a separate loader would make a second, unrelated copy of each class).
 */
public final class ExtensionLoader {
    private final CodeEvaluator evaluator;
    private final Set<String> installed = new HashSet<>();
    private int scannedEntries;

    public ExtensionLoader(CodeEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * Installs the extensions of class path entries added since the last call (nothing if none were);
     * throws one error naming every extension that failed, after installing the others.
     */
    public void installNew() throws ExtensionException {
        int entries = evaluator.addedToClasspath().size();
        if (entries == scannedEntries) {
            return;
        }
        scannedEntries = entries;
        ClassLoader cells = evaluator.lookup("new Object() {}.getClass().getClassLoader()")
                .filter(ClassLoader.class::isInstance).map(ClassLoader.class::cast)
                .orElseThrow(() -> new ExtensionException(List.of("cannot reach the class loader of the cells")));
        List<String> failures = new ArrayList<>();
        Iterator<KernelExtension> it = ServiceLoader.load(KernelExtension.class, cells).iterator();
        while (true) {
            KernelExtension extension;
            try {
                if (!it.hasNext()) {
                    break;
                }
                extension = it.next();
            } catch (ServiceConfigurationError e) {
                failures.add(e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
                continue;
            }
            String name = extension.getClass().getName();
            if (!installed.add(name)) {
                continue;
            }
            try {
                extension.install(session(name));
                System.out.println("Installed extension " + name);
            } catch (ThreadDeath stop) {
                throw stop; // an interrupt
            } catch (Exception | Error e) { // out of memory or a stack overflow too: the other plug-ins still install
                failures.add("extension " + name + " failed to install: " + e.getClass().getName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            }
        }
        if (!failures.isEmpty()) {
            throw new ExtensionException(failures);
        }
    }

    private KernelSession session(String owner) {
        return new KernelSession() {
            @Override
            public <T> void addRenderer(Class<T> type, Renderer<? super T> renderer) {
                PluginRenderers.register(type, renderer, owner);
            }

            @Override
            public void eval(String code) throws Exception {
                evaluator.eval(code);
            }
        };
    }
}

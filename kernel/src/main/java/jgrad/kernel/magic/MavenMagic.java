package jgrad.kernel.magic;

import java.io.File;
import java.util.List;
import jgrad.kernel.eval.CodeEvaluator;
import jgrad.kernel.eval.MavenResolver;

/** {@code %maven group:artifact:version ...}: resolves from Maven Central and adds the jars to the session. */
final class MavenMagic {
    private static final MavenResolver RESOLVER = new MavenResolver();

    private MavenMagic() {
    }

    static Object addToClasspath(CodeEvaluator evaluator, List<String> coordinates) throws Exception {
        if (coordinates.isEmpty()) {
            throw new IllegalArgumentException("usage: %maven group:artifact:version [...]");
        }
        for (String coords : coordinates) {
            List<File> jars = RESOLVER.resolve(coords);
            for (File jar : jars) {
                evaluator.addToClasspath(jar.getAbsolutePath());
            }
            System.out.println("Added " + coords + " (" + jars.size() + " jar" + (jars.size() == 1 ? "" : "s") + ")");
        }
        return null;
    }
}

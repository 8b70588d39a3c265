package jgrad.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The library's module states its API: the four public packages, and not the ops or kernels. */
class ModuleApiTest {
    @Test
    void moduleExportsOnlyTheApiPackages() throws IOException {
        Path classes = Path.of(Tensor.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        assertEquals("jgrad.core", module.name());
        Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("jgrad.autograd", "jgrad.nn", "jgrad.optim", "jgrad.data")), exported);
    }
}

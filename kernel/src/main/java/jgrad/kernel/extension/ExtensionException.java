package jgrad.kernel.extension;

import java.util.List;

/** One or more plug-ins of an added jar could not be loaded or installed; the message names each. */
public final class ExtensionException extends Exception {
    public ExtensionException(List<String> failures) {
        super(String.join("\n", failures));
    }
}

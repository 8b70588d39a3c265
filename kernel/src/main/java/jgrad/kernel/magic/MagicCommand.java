package jgrad.kernel.magic;

import java.util.List;

/**
 * A magic described by its usage line, with --help and argument errors handled in one place:
 * {@code --help} prints the usage and description; bad arguments become a one-line
 * {@link MagicUsageException}.
 */
record MagicCommand(String usage, String description, int minPositional, int maxPositional, Body body) {
    interface Body {
        Object run(MagicArgs args, String cellBody) throws Exception;
    }

    /** The magic's name without % signs, from the usage line. */
    String name() {
        return usage.split("\\s+", 2)[0].replace("%", "");
    }

    boolean isCell() {
        return usage.startsWith("%%");
    }

    Object apply(List<String> raw, String cellBody) throws Exception {
        if (MagicArgs.wantsHelp(raw)) {
            System.out.println("Usage: " + usage + "\n\n" + description);
            return null;
        }
        MagicArgs args = MagicArgs.parse(usage, raw, minPositional, maxPositional);
        try {
            return body.run(args, cellBody);
        } catch (IllegalArgumentException e) {
            if (e instanceof MagicUsageException) {
                throw e;
            }
            throw args.error(e.getMessage()); // library argument checks, reported as usage errors
        }
    }
}

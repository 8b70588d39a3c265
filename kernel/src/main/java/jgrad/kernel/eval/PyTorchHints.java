package jgrad.kernel.eval;

import java.util.Optional;

/**
 * The hint line for a compile error that a PyTorch habit causes ({@code model(x)}, {@code x * 2}, {@code x.grad},
 * {@code optimizer.zero_grad()}, {@code with torch.no_grad():}): the first row of the {@link HintTable} that
 * applies, naming the jgrad spelling.
 */
final class PyTorchHints {
    private PyTorchHints() {
    }

    /** "hint: ..." for {@code error}, or empty when no row of the table applies. */
    static Optional<String> hint(CompileError error, HintFacts facts) {
        for (HintRule rule : HintTable.get().rules) {
            Optional<String> hint = rule.apply(error, facts);
            if (hint.isPresent()) {
                return Optional.of("hint: " + hint.get());
            }
        }
        return Optional.empty();
    }
}

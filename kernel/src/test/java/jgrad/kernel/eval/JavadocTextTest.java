package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavadocTextTest {
    @Test
    void inlineTagsBecomeTheirText() {
        assertEquals("Returns x + 1 as in Tensor.add(Tensor); see the docs.",
                JavadocText.format("Returns {@code x + 1} as in {@link Tensor#add(Tensor)}; see {@linkplain Foo the docs}."));
    }

    @Test
    void htmlBecomesParagraphsAndBullets() {
        assertEquals("First line continues.\n\nSecond:\n  - one\n  - two &amp; <b>",
                JavadocText.format("First line\n continues.<p>Second:<ul><li>one</li><li>two &amp;amp; &lt;b&gt;</li></ul>"));
    }

    @Test
    void blockTagsBecomeSections() {
        String doc = "Sums.\n@param a the first\n   number\n@param b the second\n@return the sum\n@throws IllegalArgumentException when bad";
        assertEquals("Sums.\n\nParameters:\n  a - the first number\n  b - the second\n\nReturns: the sum\n\n"
                + "Throws:\n  IllegalArgumentException - when bad", JavadocText.format(doc));
    }

    @Test
    void noJavadocIsEmpty() {
        assertEquals("", JavadocText.format(null));
        assertEquals("", JavadocText.format("  "));
    }
}

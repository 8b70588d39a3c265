package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StackTracesTest {
    @Test
    void cellCodeHasNoNameAndMethodsKeepTheirs() {
        assertEquals("", StackTraces.userName("REPL.$JShell$14", "do_it$"));
        assertEquals("", StackTraces.userName("REPL.$JShell$14", "do_it$Aux"));
        assertEquals("", StackTraces.userName("REPL.$JShell$14", "lambda$do_it$0"));
        assertEquals("lossOf", StackTraces.userName("REPL.$JShell$14", "lossOf"));
        assertEquals("lossOf", StackTraces.userName("REPL.$JShell$14B", "lambda$lossOf$2"));
        assertEquals("Net.forward", StackTraces.userName("REPL.$JShell$14$Net", "forward"));
        assertEquals("new Net", StackTraces.userName("REPL.$JShell$14$Net", "<init>"));
        assertEquals("Net.run", StackTraces.userName("REPL.$JShell$14$Net$1", "run"));
    }

    @Test
    void framesOfUnknownSnippetsAndOtherTextStayAsTheyAre() {
        SnippetOrigins none = new SnippetOrigins(null);
        String text = "called from REPL.$JShell$99.do_it$Aux($JShell$99.java:7); at jgrad.autograd.Tensor.log(Tensor.java:3)";
        assertEquals("called from $JShell$99.java:7; at jgrad.autograd.Tensor.log(Tensor.java:3)",
                StackTraces.rewrite(text, none));
        assertEquals("no frames here", StackTraces.rewrite("no frames here", none));
        assertEquals(null, StackTraces.rewrite(null, none));
    }
}

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

    @Test
    void messagesNameTheUsersVariablesMethodsAndClasses() {
        SnippetOrigins none = new SnippetOrigins(null);
        assertEquals("Cannot invoke \"String.length()\" because \"o1\" is null", StackTraces.rewrite(
                "Cannot invoke \"String.length()\" because \"REPL.$JShell$115.o1\" is null", none));
        assertEquals("Cannot invoke \"String.length()\" because \"p.name\" is null", StackTraces.rewrite(
                "Cannot invoke \"String.length()\" because \"REPL.$JShell$20.p.name\" is null", none));
        assertEquals("Cannot invoke \"String.trim()\" because the return value of \"f()\" is null", StackTraces.rewrite(
                "Cannot invoke \"String.trim()\" because the return value of \"REPL.$JShell$22.f()\" is null", none));
        assertEquals("Cannot read field \"x\" because \"Point.origin\" is null", StackTraces.rewrite(
                "Cannot read field \"x\" because \"REPL.$JShell$13$Point.origin\" is null", none));
        assertEquals("class Point cannot be cast to class Shape", StackTraces.rewrite(
                "class REPL.$JShell$13$Point cannot be cast to class REPL.$JShell$14$Shape (REPL.$JShell$13$Point and "
                        + "REPL.$JShell$14$Shape are in unnamed module of loader "
                        + "jdk.jshell.execution.DefaultLoaderDelegate$RemoteClassLoader @5a2e4553)", none));
    }
}

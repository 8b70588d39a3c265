package jgrad.kernel.spi;

/** What a {@link KernelExtension} can do to the session it is installed into. */
public interface KernelSession {
    /**
     * Shows values of {@code type} (and its subtypes) with {@code renderer}, as the last value of a
     * cell and in {@code display(...)}.
     */
    <T> void addRenderer(Class<T> type, Renderer<? super T> renderer);

    /** Runs Java code (imports, helper methods, variables) in the session, as if typed into a cell. */
    void eval(String code) throws Exception;
}

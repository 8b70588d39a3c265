package jgrad.kernel.eval;

/** A session variable: its name, its declared type as the cell wrote it, and the value it holds now. */
public record VariableValue(String name, String typeName, Object value) {
}

package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jgrad.kernel.eval.DocSignature.Param;
import org.junit.jupiter.api.Test;

class DocSignatureTest {
    private static DocSignature parse(String signature) {
        return DocSignature.parse(signature).orElseThrow();
    }

    @Test
    void aTypeIsItsQualifiedName() {
        assertEquals(new DocSignature("jgrad.autograd.Tensor", "", false, List.of()), parse("jgrad.autograd.Tensor"));
        assertEquals(new DocSignature("java.util.List", "", false, List.of()), parse("java.util.List<E>"));
    }

    @Test
    void aMethodHasItsOwnerNameAndParameters() {
        DocSignature curves = parse("Chart Plots.curves(String title, String xLabel, String yLabel, "
                + "Map<String,? extends List<? extends Number>> series, boolean logY)");
        assertEquals("Plots", curves.owner());
        assertEquals("curves", curves.member());
        assertTrue(curves.callable());
        assertEquals(new Param("Map<String,? extends List<? extends Number>>", "series"), curves.params().get(3));
        assertEquals(5, curves.params().size());
        DocSignature generic = parse("List<T> Outer.Inner.<T>pick(T... items) throws java.io.IOException");
        assertEquals(new DocSignature("Outer.Inner", "pick", true, List.of(new Param("T...", "items"))), generic);
        assertEquals(new DocSignature("Tensor", "backward", true, List.of()), parse("void Tensor.backward()"));
    }

    @Test
    void aConstructorHasNoReturnType() {
        assertEquals(new DocSignature("Linear", DocSignature.CONSTRUCTOR, true,
                List.of(new Param("int", "inFeatures"), new Param("int", "outFeatures"))),
                parse("Linear(int inFeatures, int outFeatures)"));
        assertEquals(DocSignature.CONSTRUCTOR, parse("<T> Box(T value)").member());
    }

    @Test
    void fieldsAndEnumConstantsAreNotCallable() {
        assertEquals(new DocSignature("Tensor", "size", false, List.of()), parse("Tensor.size:int"));
        assertEquals(new DocSignature("DType", "FLOAT32", false, List.of()), parse("DType.FLOAT32"));
    }

    @Test
    void aRecordOwnerWrittenWithItsComponentsIsStillTheOwner() {
        assertEquals(new DocSignature("Batch", "size", true, List.of()),
                parse("int Batch(jgrad.autograd.Tensor inputs, jgrad.autograd.Tensor targets).size()"));
        assertEquals(new DocSignature("jgrad.data.Batch", DocSignature.CONSTRUCTOR, true,
                List.of(new Param("Tensor", "inputs"), new Param("Tensor", "targets"))),
                parse("jgrad.data.Batch(Tensor inputs, Tensor targets)"));
    }

    @Test
    void typesCompareWithoutPackagesOrTypeArguments() {
        assertEquals("Map", DocSignature.simpleType("java.util.Map<String, ? extends List<Double>>"));
        assertEquals("double[]", DocSignature.simpleType("double..."));
        assertEquals("Entry[]", DocSignature.simpleType("java.util.Map.Entry<K,V>[]"));
        assertEquals("jgrad.autograd", DocSignature.packageOf("jgrad.autograd.Tensor.Inner"));
    }
}

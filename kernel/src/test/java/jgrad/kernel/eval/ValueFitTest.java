package jgrad.kernel.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which values stay in a recompiled variable: the same type, or a plain class that holds them. */
class ValueFitTest {
    /** Fields of the types a recompiled variable may have had and have now. */
    @SuppressWarnings("unused")
    private static final class Types {
        static int anInt;
        static long aLong;
        static Object anObject;
        static Number aNumber;
        static String aString;
        static List<String> strings;
        static List<Integer> integers;
        static OldFoo oldFoo;
        static NewFoo newFoo;
    }

    /** Stand-ins for a class before and after a cell redefined it: two different classes of one name. */
    private static final class OldFoo {
    }

    private static final class NewFoo {
    }

    private static Type type(String field) throws NoSuchFieldException {
        return Types.class.getDeclaredField(field).getGenericType();
    }

    @Test
    void theSameTypeKeepsItsValue() throws Exception {
        assertTrue(ValueFit.fits(type("anInt"), type("anInt"), 3));
        assertTrue(ValueFit.fits(type("strings"), type("strings"), new ArrayList<String>()));
        assertTrue(ValueFit.fits(type("oldFoo"), type("oldFoo"), new OldFoo()));
    }

    @Test
    void aPrimitiveKeepsItsValueOnlyAsTheSamePrimitive() throws Exception {
        assertFalse(ValueFit.fits(type("anInt"), type("aLong"), 3));
        assertTrue(ValueFit.fits(type("anInt"), type("anObject"), 3), "an Object field holds the boxed value");
    }

    @Test
    void aPlainClassKeepsAValueThatIsAnInstanceOfIt() throws Exception {
        assertTrue(ValueFit.fits(type("anObject"), type("aNumber"), 2.5));
        assertFalse(ValueFit.fits(type("anObject"), type("aNumber"), "text"));
        assertTrue(ValueFit.fits(type("aString"), type("anObject"), null));
    }

    @Test
    void anInstanceOfAReplacedClassIsNotKept() throws Exception {
        assertFalse(ValueFit.fits(type("oldFoo"), type("newFoo"), new OldFoo()));
        assertTrue(ValueFit.fits(type("oldFoo"), type("anObject"), new OldFoo()), "an Object field still holds it");
    }

    @Test
    void aChangedGenericTypeIsNotKeptEvenIfItsRawClassHoldsTheValue() throws Exception {
        assertFalse(ValueFit.fits(type("strings"), type("integers"), new ArrayList<String>(List.of("a"))));
    }

    @Test
    void initialValuesAreNullZeroAndFalse() {
        assertTrue(ValueFit.isInitial(String.class, null));
        assertFalse(ValueFit.isInitial(String.class, ""));
        assertTrue(ValueFit.isInitial(int.class, 0));
        assertFalse(ValueFit.isInitial(int.class, 1));
        assertTrue(ValueFit.isInitial(double.class, 0.0));
        assertFalse(ValueFit.isInitial(double.class, -0.0));
        assertFalse(ValueFit.isInitial(float.class, Float.NaN));
        assertTrue(ValueFit.isInitial(boolean.class, false));
        assertFalse(ValueFit.isInitial(boolean.class, true));
        assertTrue(ValueFit.isInitial(char.class, '\0'));
        assertFalse(ValueFit.isInitial(char.class, 'a'));
        assertFalse(ValueFit.isInitial(long.class, 1L << 40));
    }
}

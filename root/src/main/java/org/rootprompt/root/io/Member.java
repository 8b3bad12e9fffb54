package org.rootprompt.root.io;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One element of a persistent class as ROOT's streamer info lists it: a base class or a data
 * member, with ROOT's name ({@code fNcells}, or the class name for a base), streamer type
 * ({@link StreamerType}), type name as ROOT writes it ({@code "int"}, {@code "TAxis"},
 * {@code "TList*"}, {@code "double*"}, {@code "BASE"}) and, for a pointer array, the name of the
 * member counting it. The getter reads the value from our object; for a base it gives the object
 * that the base class's description reads (the object itself, or e.g. a histogram's content array
 * for its TArrayF base). The setter, where present, stores a value read back; it receives basic
 * values boxed by their ROOT type: Integer for char, short, int and the unsigned ones, Long for the
 * 64-bit ones, Float, Double, Boolean, String for TString, primitive arrays for arrays.
 *
 * @param name ROOT's member name, or the base class's name
 * @param type ROOT's streamer element type
 * @param typeName the type as ROOT's streamer info writes it
 * @param countName the counting member of a {@code [fN]} array, else null
 * @param baseClass the base class's description for a base element, else null
 * @param getter reads the value from our object
 * @param setter stores a value into our object, or null where reading is not supported yet
 */
public record Member(String name, int type, String typeName, String countName, ClassDescription baseClass,
        Function<Object, Object> getter, BiConsumer<Object, Object> setter) {

    public boolean isBase() {
        return baseClass != null;
    }

    /** The value of this member in obj. */
    public Object get(Object obj) {
        return getter.apply(obj);
    }
}

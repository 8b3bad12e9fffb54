package org.rootprompt.kernel.engine;

/** Hands a cell's final value object from JShell code back to the engine. Public: cells call it. */
public final class ValueHolder {
    private static volatile Object value;

    private ValueHolder() {}

    public static void hold(Object v) {
        value = v;
    }

    static void clear() {
        value = null;
    }

    static Object take() {
        Object v = value;
        value = null;
        return v;
    }
}

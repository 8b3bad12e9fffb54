package org.rootprompt.root.io;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps our Java classes to the descriptions of ROOT's classes, and ROOT's class names to their
 * descriptions. The descriptions themselves are declared once, by class family, in
 * {@link CoreClasses}, {@link HistClasses} and {@link GpadClasses}.
 */
public final class ClassRegistry {
    private static final ClassRegistry INSTANCE = new ClassRegistry();

    private final Map<Class<?>, ClassDescription> byJavaClass = new HashMap<>();
    private final Map<String, ClassDescription> byRootName = new LinkedHashMap<>();

    private ClassRegistry() {
        CoreClasses.register(this);
        HistClasses.register(this);
        GpadClasses.register(this);
    }

    /** The registry of every persistent class we know. */
    public static ClassRegistry get() {
        return INSTANCE;
    }

    /** Registers a description; javaClass is null for classes that only appear as bases or members. */
    void add(Class<?> javaClass, ClassDescription description) {
        if (javaClass != null) {
            byJavaClass.put(javaClass, description);
        }
        byRootName.put(description.rootName(), description);
    }

    /** The description of ROOT's class of that name, or null. */
    public ClassDescription forName(String rootName) {
        return byRootName.get(rootName);
    }

    /**
     * The description for an object: its own class's, or, for a user's subclass outside our
     * library, its nearest described superclass's. Our own classes without a description (TF2,
     * internal helpers) give null rather than being written as another class.
     */
    public ClassDescription forObject(Object obj) {
        for (Class<?> c = obj.getClass(); c != null; c = c.getSuperclass()) {
            ClassDescription d = byJavaClass.get(c);
            if (d != null) {
                return d;
            }
            if (c.getName().startsWith("org.rootprompt.")) {
                return null;
            }
        }
        return null;
    }

    /** Every description, in registration order (bases before the classes that use them). */
    public Iterable<ClassDescription> all() {
        return byRootName.values();
    }
}

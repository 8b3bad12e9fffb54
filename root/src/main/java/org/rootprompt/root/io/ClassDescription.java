package org.rootprompt.root.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A persistent class as ROOT's streamer info describes it: ROOT's class name, class version and
 * checksum, then its elements in streamer order (base classes first, in declaration order, then
 * the data members). This one description drives the JSON writer and, later, the ROOT file writer
 * and reader; declare it once per class (see {@link ClassRegistry}).
 */
public final class ClassDescription {
    /** How ROOT streams the class: member by member, or by a hand-written Streamer of its own. */
    public enum Streaming {
        /** Versioned block, elements in order (the generated streamer). */
        MEMBERWISE,
        /** TObject's custom streamer: version, fUniqueID, fBits, no byte count. */
        TOBJECT,
        /** TArray's custom streamer: the length, then the values; JSON writes just the values. */
        TARRAY,
        /** TList's custom streamer: name, size, then each object with its option. */
        COLLECTION,
        /** A custom Streamer (TCanvas): the members are listed as ROOT's JSON shows them. */
        CUSTOM
    }

    /** A checksum that we could not take from a ROOT-written file. */
    public static final long UNKNOWN_CHECKSUM = -1;

    private final String rootName;
    private final int version;
    private final long checksum;
    private final Streaming streaming;
    private final List<Member> elements;
    private final Supplier<?> factory;

    private ClassDescription(String rootName, int version, long checksum, Streaming streaming, List<Member> elements,
            Supplier<?> factory) {
        this.rootName = rootName;
        this.version = version;
        this.checksum = checksum;
        this.streaming = streaming;
        this.elements = Collections.unmodifiableList(elements);
        this.factory = factory;
    }

    /** Whether objects of this class can be read back (the description knows how to make an empty one). */
    public boolean isReadable() {
        return factory != null;
    }

    /** An empty object for the reader to fill, or null for a class that is not read back. */
    public Object newInstance() {
        return factory == null ? null : factory.get();
    }

    /**
     * Starts the description of ROOT's class rootName, read from Java objects of type javaType
     * (which types the getters' lambdas; a base may be read from a part of the object).
     */
    public static <T> Builder<T> of(Class<T> javaType, String rootName, int version, long checksum) {
        return new Builder<>(rootName, version, checksum);
    }

    public String rootName() {
        return rootName;
    }

    public int version() {
        return version;
    }

    /** ROOT's checksum as an unsigned 32-bit number, or {@link #UNKNOWN_CHECKSUM}. */
    public long checksum() {
        return checksum;
    }

    public Streaming streaming() {
        return streaming;
    }

    /** Bases and members in streamer order. */
    public List<Member> elements() {
        return elements;
    }

    /** The element of that name, searching the bases too, or null. */
    public Member find(String name) {
        for (Member m : elements) {
            if (m.name().equals(name) && !m.isBase()) {
                return m;
            }
            if (m.isBase()) {
                Member inBase = m.baseClass().find(name);
                if (inBase != null) {
                    return inBase;
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return rootName + " v" + version;
    }

    /** Collects the elements in streamer order; typed getters keep the declarations free of casts. */
    public static final class Builder<T> {
        private final String rootName;
        private final int version;
        private final long checksum;
        private Streaming streaming = Streaming.MEMBERWISE;
        private final List<Member> elements = new ArrayList<>();
        private Supplier<?> factory;

        private Builder(String rootName, int version, long checksum) {
            this.rootName = rootName;
            this.version = version;
            this.checksum = checksum;
        }

        public Builder<T> streaming(Streaming kind) {
            streaming = kind;
            return this;
        }

        /** How the reader makes an empty object of this class, to fill member by member. */
        public Builder<T> factory(Supplier<? extends T> make) {
            factory = make;
            return this;
        }

        /** A base class read from the object itself. */
        public Builder<T> base(ClassDescription base) {
            return base(base, obj -> obj);
        }

        /** A base class read from a part of the object (a histogram's content array for TArrayF). */
        public Builder<T> base(ClassDescription base, Function<T, ?> view) {
            return base(base, view, null);
        }

        /** A base read from a part of the object, which the setter stores back (a TArray base's values). */
        public <V> Builder<T> base(ClassDescription base, Function<T, ?> view, BiConsumer<T, V> setter) {
            int type = switch (base.rootName()) {
                case "TObject" -> StreamerType.kTObject;
                case "TNamed" -> StreamerType.kTNamed;
                default -> StreamerType.kBase;
            };
            elements.add(new Member(base.rootName(), type, "BASE", null, base, erase(view), eraseSetter(setter)));
            return this;
        }

        /** A data member without a setter (not read back yet). */
        public Builder<T> member(String name, int type, String typeName, Function<T, ?> getter) {
            return member(name, type, typeName, getter, null);
        }

        /** A data member with a setter for reading. */
        public <V> Builder<T> member(String name, int type, String typeName, Function<T, ?> getter,
                BiConsumer<T, V> setter) {
            elements.add(new Member(name, type, typeName, null, null, erase(getter), eraseSetter(setter)));
            return this;
        }

        /** A pointer to a basic array whose length is the member countName ({@code double* fX //[fNpoints]}). */
        public Builder<T> counted(String name, int basicType, String typeName, String countName, Function<T, ?> getter) {
            return counted(name, basicType, typeName, countName, getter, null);
        }

        /** A counted array with a setter, which receives the values read as a primitive array. */
        public <V> Builder<T> counted(String name, int basicType, String typeName, String countName, Function<T, ?> getter,
                BiConsumer<T, V> setter) {
            elements.add(new Member(name, StreamerType.kOffsetP + basicType, typeName, countName, null, erase(getter),
                    eraseSetter(setter)));
            return this;
        }

        public ClassDescription build() {
            return new ClassDescription(rootName, version, checksum, streaming, new ArrayList<>(elements), factory);
        }

        @SuppressWarnings("unchecked")
        private static <T> Function<Object, Object> erase(Function<T, ?> f) {
            return obj -> f.apply((T) obj);
        }

        @SuppressWarnings("unchecked")
        private static <T, V> BiConsumer<Object, Object> eraseSetter(BiConsumer<T, V> f) {
            return f == null ? null : (obj, value) -> f.accept((T) obj, (V) value);
        }
    }
}

package org.rootprompt.root.hist;

/**
 * The bin contents of a histogram in one primitive array of ROOT's type for it (TH1F: float,
 * TH1D: double, TH1I: int …), so that a histogram of 10^7 bins costs 4 or 8 bytes a bin. Integer
 * types saturate at their largest value, as ROOT's do.
 */
abstract class BinArray implements Cloneable {
    abstract double get(int bin);

    abstract void set(int bin, double value);

    abstract void add(int bin, double w);

    /** A deep copy. */
    abstract BinArray copy();

    /** A copy of the primitive array (float[], double[], …), as writers store it. */
    abstract Object values();

    static long saturate(long value, long max) {
        return Math.max(-max, Math.min(max, value));
    }

    static final class D extends BinArray {
        double[] a;

        D(int n) {
            a = new double[n];
        }

        @Override double get(int bin) { return a[bin]; }
        @Override void set(int bin, double value) { a[bin] = value; }
        @Override void add(int bin, double w) { a[bin] += w; }

        @Override
        BinArray copy() {
            D c = new D(0);
            c.a = a.clone();
            return c;
        }

        @Override
        Object values() {
            return a.clone();
        }
    }

    static final class F extends BinArray {
        float[] a;

        F(int n) {
            a = new float[n];
        }

        @Override double get(int bin) { return a[bin]; }
        @Override void set(int bin, double value) { a[bin] = (float) value; }
        @Override void add(int bin, double w) { a[bin] += (float) w; }

        @Override
        BinArray copy() {
            F c = new F(0);
            c.a = a.clone();
            return c;
        }

        @Override
        Object values() {
            return a.clone();
        }
    }

    static final class I extends BinArray {
        int[] a;

        I(int n) {
            a = new int[n];
        }

        @Override double get(int bin) { return a[bin]; }
        @Override void set(int bin, double value) { a[bin] = (int) saturate((long) value, Integer.MAX_VALUE); }
        @Override void add(int bin, double w) { a[bin] = (int) saturate((long) a[bin] + (long) w, Integer.MAX_VALUE); }

        @Override
        BinArray copy() {
            I c = new I(0);
            c.a = a.clone();
            return c;
        }

        @Override
        Object values() {
            return a.clone();
        }
    }

    static final class S extends BinArray {
        short[] a;

        S(int n) {
            a = new short[n];
        }

        @Override double get(int bin) { return a[bin]; }
        @Override void set(int bin, double value) { a[bin] = (short) saturate((long) value, Short.MAX_VALUE); }
        @Override void add(int bin, double w) { a[bin] = (short) saturate((long) a[bin] + (long) w, Short.MAX_VALUE); }

        @Override
        BinArray copy() {
            S c = new S(0);
            c.a = a.clone();
            return c;
        }

        @Override
        Object values() {
            return a.clone();
        }
    }

    static final class C extends BinArray {
        byte[] a;

        C(int n) {
            a = new byte[n];
        }

        @Override double get(int bin) { return a[bin]; }
        @Override void set(int bin, double value) { a[bin] = (byte) saturate((long) value, Byte.MAX_VALUE); }
        @Override void add(int bin, double w) { a[bin] = (byte) saturate((long) a[bin] + (long) w, Byte.MAX_VALUE); }

        @Override
        BinArray copy() {
            C c = new C(0);
            c.a = a.clone();
            return c;
        }

        @Override
        Object values() {
            return a.clone();
        }
    }
}

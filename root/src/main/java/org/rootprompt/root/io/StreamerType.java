package org.rootprompt.root.io;

/**
 * ROOT's streamer element types (TVirtualStreamerInfo::EReadWrite), the numbers a TStreamerInfo
 * stores for each member: basic types 1–19, pointers to basic arrays counted by another member
 * {@code kOffsetP + t}, objects 61–69, STL containers 500.
 */
public final class StreamerType {
    private StreamerType() {}

    /** A base class that is neither TObject nor TNamed. */
    public static final int kBase = 0;
    public static final int kChar = 1;
    public static final int kShort = 2;
    public static final int kInt = 3;
    public static final int kLong = 4;
    public static final int kFloat = 5;
    /** An int that counts the elements of a basic pointer array ({@code double* fX //[fNpoints]}). */
    public static final int kCounter = 6;
    public static final int kDouble = 8;
    public static final int kUChar = 11;
    public static final int kUShort = 12;
    public static final int kUInt = 13;
    public static final int kULong = 14;
    /** TObject's fBits. */
    public static final int kBits = 15;
    public static final int kLong64 = 16;
    public static final int kULong64 = 17;
    public static final int kBool = 18;
    /** Added to a basic type for a pointer array whose length is another member. */
    public static final int kOffsetP = 40;
    /** An object embedded by value, a TObject (TH1::fXaxis). */
    public static final int kObject = 61;
    /** An object embedded by value that is not a TObject (TArrayD fContour, TAttCanvas). */
    public static final int kAny = 62;
    /** A pointer that is never null ({@code //->}, TH1::fFunctions). */
    public static final int kObjectp = 63;
    /** A pointer that may be null (TGraph::fHistogram). */
    public static final int kObjectP = 64;
    public static final int kTString = 65;
    /** The TObject base class. */
    public static final int kTObject = 66;
    /** The TNamed base class. */
    public static final int kTNamed = 67;
    /** A pointer to a non-TObject object that may be null (TF1::fParams). */
    public static final int kAnyP = 69;
    /** An STL container (vector&lt;double&gt; …). */
    public static final int kSTL = 500;

    /** Whether the type is a base class. */
    public static boolean isBase(int type) {
        return type == kBase || type == kTObject || type == kTNamed;
    }

    /** Whether the type is a pointer to a basic array counted by another member. */
    public static boolean isBasicPointer(int type) {
        return type > kOffsetP && type < kOffsetP + 20;
    }
}

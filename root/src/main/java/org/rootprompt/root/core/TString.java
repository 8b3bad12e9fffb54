package org.rootprompt.root.core;

/**
 * ROOT's mutable string with its common API ({@code Data}, {@code Length}, {@code Contains},
 * {@code ReplaceAll}, {@code Atoi}, {@code Form} …). Case-sensitive unless a method takes
 * {@link ECaseCompare#kIgnoreCase}.
 */
public class TString implements CharSequence, Comparable<TString> {
    /** Whether comparisons ignore case. */
    public enum ECaseCompare { kExact, kIgnoreCase }

    public static final ECaseCompare kExact = ECaseCompare.kExact;
    public static final ECaseCompare kIgnoreCase = ECaseCompare.kIgnoreCase;

    private StringBuilder s;

    public TString() {
        s = new StringBuilder();
    }

    public TString(CharSequence text) {
        s = new StringBuilder(text == null ? "" : text);
    }

    public TString(char c) {
        s = new StringBuilder().append(c);
    }

    /** C-formatted text (ROOT's static TString::Format). */
    public static TString Format(String format, Object... args) {
        return new TString(CFormat.format(format, args));
    }

    /** Replaces the contents with C-formatted text (ROOT's TString::Form). */
    public void Form(String format, Object... args) {
        s = new StringBuilder(CFormat.format(format, args));
    }

    public String Data() {
        return s.toString();
    }

    public int Length() {
        return s.length();
    }

    public boolean IsNull() {
        return s.length() == 0;
    }

    public boolean IsWhitespace() {
        return s.toString().isBlank();
    }

    public boolean Contains(CharSequence pattern) {
        return Contains(pattern, kExact);
    }

    public boolean Contains(CharSequence pattern, ECaseCompare cmp) {
        return Index(pattern, 0, cmp) >= 0;
    }

    /** The position of pattern from start, or -1 (ROOT's kNPOS). */
    public int Index(CharSequence pattern) {
        return Index(pattern, 0, kExact);
    }

    public int Index(CharSequence pattern, int start, ECaseCompare cmp) {
        String text = s.toString();
        String p = pattern.toString();
        if (cmp == kIgnoreCase) {
            text = text.toLowerCase();
            p = p.toLowerCase();
        }
        return text.indexOf(p, start);
    }

    public int First(char c) {
        return s.indexOf(String.valueOf(c));
    }

    public int Last(char c) {
        return s.lastIndexOf(String.valueOf(c));
    }

    public boolean BeginsWith(CharSequence prefix) {
        return BeginsWith(prefix, kExact);
    }

    public boolean BeginsWith(CharSequence prefix, ECaseCompare cmp) {
        String p = prefix.toString();
        return cmp == kIgnoreCase ? s.toString().toLowerCase().startsWith(p.toLowerCase()) : s.toString().startsWith(p);
    }

    public boolean EndsWith(CharSequence suffix) {
        return EndsWith(suffix, kExact);
    }

    public boolean EndsWith(CharSequence suffix, ECaseCompare cmp) {
        String p = suffix.toString();
        return cmp == kIgnoreCase ? s.toString().toLowerCase().endsWith(p.toLowerCase()) : s.toString().endsWith(p);
    }

    /** Replaces every occurrence; returns this, as ROOT does, for chaining. */
    public TString ReplaceAll(CharSequence from, CharSequence to) {
        if (from.length() > 0) {
            s = new StringBuilder(s.toString().replace(from, to));
        }
        return this;
    }

    public TString Append(CharSequence text) {
        s.append(text);
        return this;
    }

    public TString Append(char c) {
        s.append(c);
        return this;
    }

    public TString Prepend(CharSequence text) {
        s.insert(0, text);
        return this;
    }

    public TString Insert(int pos, CharSequence text) {
        s.insert(pos, text);
        return this;
    }

    /** Removes from pos to the end, or n characters from pos. */
    public TString Remove(int pos) {
        s.setLength(Math.min(pos, s.length()));
        return this;
    }

    public TString Remove(int pos, int n) {
        s.delete(pos, Math.min(pos + n, s.length()));
        return this;
    }

    public TString ToLower() {
        s = new StringBuilder(s.toString().toLowerCase());
        return this;
    }

    public TString ToUpper() {
        s = new StringBuilder(s.toString().toUpperCase());
        return this;
    }

    /** Leading and trailing whitespace removed (ROOT's Strip(TString::kBoth)). */
    public TString Strip() {
        s = new StringBuilder(s.toString().strip());
        return this;
    }

    /** ROOT's operator+=. */
    public TString plus(Object other) {
        s.append(other);
        return this;
    }

    /** The integer at the start of the text (0 if none), like C's atoi. */
    public int Atoi() {
        String t = s.toString().strip();
        int i = 0;
        if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        try {
            return i == 0 ? 0 : (int) Long.parseLong(t.substring(0, i));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public long Atoll() {
        try {
            return Long.parseLong(s.toString().strip());
        } catch (NumberFormatException e) {
            return Atoi();
        }
    }

    /** The number at the start of the text (0 if none), like C's atof. */
    public double Atof() {
        String t = s.toString().strip();
        for (int end = t.length(); end > 0; end--) {
            try {
                return Double.parseDouble(t.substring(0, end));
            } catch (NumberFormatException e) {
                // shorten until a number is left
            }
        }
        return 0;
    }

    public boolean IsDigit() {
        return !s.isEmpty() && s.chars().allMatch(c -> Character.isDigit(c) || Character.isWhitespace(c));
    }

    public boolean IsFloat() {
        try {
            Double.parseDouble(s.toString().strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public int CompareTo(CharSequence other) {
        return s.toString().compareTo(other.toString());
    }

    public boolean EqualTo(CharSequence other) {
        return s.toString().contentEquals(other);
    }

    public boolean EqualTo(CharSequence other, ECaseCompare cmp) {
        return cmp == kIgnoreCase ? s.toString().equalsIgnoreCase(other.toString()) : EqualTo(other);
    }

    @Override
    public int compareTo(TString other) {
        return CompareTo(other);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TString t && t.s.toString().equals(s.toString());
    }

    @Override
    public int hashCode() {
        return s.toString().hashCode();
    }

    @Override
    public int length() {
        return s.length();
    }

    @Override
    public char charAt(int index) {
        return s.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return s.subSequence(start, end);
    }

    @Override
    public String toString() {
        return s.toString();
    }
}

package org.rootprompt.root.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * C's printf formatting, as ROOT's {@code Form} and {@code Printf} use it. Written out rather than
 * mapped onto {@link java.util.Formatter}, which differs from C where users notice: {@code %g} keeps
 * trailing zeros in Java, {@code %.2f} of 2.675 rounds the decimal text up in Java but the exact
 * binary value (2.67499…) in C, infinities print as "Infinity", and {@code %u}, {@code %5.3d},
 * {@code %lld} are errors in Java.
 */
public final class CFormat {
    private CFormat() {}

    /** Formats like C's {@code sprintf}. A specifier without an argument is written as it stands. */
    public static String format(String format, Object... args) {
        StringBuilder out = new StringBuilder(format.length() + 16);
        int next = 0;
        int i = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i++;
            if (i < n && format.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            Spec spec = new Spec();
            while (i < n && "-+ #0".indexOf(format.charAt(i)) >= 0) {
                spec.flag(format.charAt(i++));
            }
            if (i < n && format.charAt(i) == '*') {
                i++;
                int w = next < args.length ? toLong(args[next++]).intValue() : 0;
                if (w < 0) {
                    spec.left = true;
                    w = -w;
                }
                spec.width = w;
            } else {
                while (i < n && Character.isDigit(format.charAt(i))) {
                    spec.width = spec.width * 10 + (format.charAt(i++) - '0');
                }
            }
            if (i < n && format.charAt(i) == '.') {
                i++;
                spec.precision = 0;
                if (i < n && format.charAt(i) == '*') {
                    i++;
                    int p = next < args.length ? toLong(args[next++]).intValue() : 0;
                    spec.precision = p < 0 ? -1 : p;
                } else {
                    while (i < n && Character.isDigit(format.charAt(i))) {
                        spec.precision = spec.precision * 10 + (format.charAt(i++) - '0');
                    }
                }
            }
            while (i < n && "hlLqjzt".indexOf(format.charAt(i)) >= 0) {
                if (format.charAt(i) == 'l' || format.charAt(i) == 'q' || format.charAt(i) == 'j'
                        || format.charAt(i) == 'z' || format.charAt(i) == 't') {
                    spec.longArg = true;
                }
                i++;
            }
            if (i >= n) {
                out.append(format, start, n);
                break;
            }
            char conv = format.charAt(i++);
            if ("diuoxXcsfFeEgGaAp".indexOf(conv) < 0) {
                out.append(format, start, i); // not a conversion C knows: keep the text
                continue;
            }
            if (next >= args.length) {
                out.append(format, start, i);
                continue;
            }
            out.append(spec.pad(convert(conv, spec, args[next++])));
        }
        return out.toString();
    }

    /** The flags, width and precision of one conversion. */
    private static final class Spec {
        boolean left;
        boolean plus;
        boolean space;
        boolean alt;
        boolean zero;
        boolean longArg;
        int width;
        int precision = -1;
        boolean numeric;

        void flag(char f) {
            switch (f) {
                case '-' -> left = true;
                case '+' -> plus = true;
                case ' ' -> space = true;
                case '#' -> alt = true;
                default -> zero = true;
            }
        }

        String pad(String body) {
            if (body.length() >= width) {
                return body;
            }
            int fill = width - body.length();
            if (left) {
                return body + " ".repeat(fill);
            }
            if (zero && numeric) { // zeros go after the sign and any 0x prefix
                int at = 0;
                if (!body.isEmpty() && "+- ".indexOf(body.charAt(0)) >= 0) {
                    at = 1;
                }
                if (body.startsWith("0x", at) || body.startsWith("0X", at)) {
                    at += 2;
                }
                if (body.substring(at).chars().allMatch(ch -> Character.isLetter(ch))) { // inf, nan
                    return " ".repeat(fill) + body;
                }
                return body.substring(0, at) + "0".repeat(fill) + body.substring(at);
            }
            return " ".repeat(fill) + body;
        }

        String sign(boolean negative) {
            return negative ? "-" : plus ? "+" : space ? " " : "";
        }
    }

    private static String convert(char conv, Spec spec, Object arg) {
        switch (conv) {
            case 'd', 'i' -> {
                spec.numeric = true;
                BigInteger v = BigInteger.valueOf(toLong(arg));
                if (!spec.longArg && !(arg instanceof Long)) {
                    v = BigInteger.valueOf((int) v.longValue()); // C's int: wraps like a 32-bit value
                }
                return integer(spec, v.abs().toString(), v.signum() < 0, "");
            }
            case 'u', 'o', 'x', 'X' -> {
                spec.numeric = true;
                long raw = toLong(arg);
                BigInteger v = spec.longArg || arg instanceof Long
                        ? new BigInteger(Long.toUnsignedString(raw))
                        : BigInteger.valueOf(raw & 0xffffffffL);
                int radix = conv == 'u' ? 10 : conv == 'o' ? 8 : 16;
                String digits = v.toString(radix);
                if (conv == 'X') {
                    digits = digits.toUpperCase();
                }
                String prefix = "";
                if (spec.alt && conv == 'o' && !digits.startsWith("0")) {
                    digits = "0" + digits;
                } else if (spec.alt && (conv == 'x' || conv == 'X') && v.signum() != 0) {
                    prefix = conv == 'x' ? "0x" : "0X";
                }
                spec.plus = false;
                spec.space = false;
                return integer(spec, digits, false, prefix);
            }
            case 'c' -> {
                return arg instanceof Character ch ? String.valueOf(ch) : String.valueOf((char) toLong(arg).intValue());
            }
            case 's' -> {
                String s = arg == null ? "(null)" : String.valueOf(arg);
                return spec.precision >= 0 && spec.precision < s.length() ? s.substring(0, spec.precision) : s;
            }
            case 'p' -> {
                return arg == null ? "(nil)" : "0x" + Integer.toHexString(System.identityHashCode(arg));
            }
            default -> {
                spec.numeric = true;
                return floating(conv, spec, toDouble(arg));
            }
        }
    }

    private static String integer(Spec spec, String digits, boolean negative, String prefix) {
        if (spec.precision >= 0) {
            spec.zero = false; // C: a precision turns the 0 flag off for integers
            if (spec.precision == 0 && digits.equals("0")) {
                digits = "";
            }
            if (digits.length() < spec.precision) {
                digits = "0".repeat(spec.precision - digits.length()) + digits;
            }
        }
        return spec.sign(negative) + prefix + digits;
    }

    private static String floating(char conv, Spec spec, double v) {
        boolean upper = Character.isUpperCase(conv);
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        String body;
        if (Double.isNaN(v)) {
            body = "nan";
            negative = false;
        } else if (Double.isInfinite(v)) {
            body = "inf";
        } else {
            int p = spec.precision < 0 ? 6 : spec.precision;
            BigDecimal exact = new BigDecimal(Math.abs(v)); // the binary value, as C rounds it
            body = switch (Character.toLowerCase(conv)) {
                case 'f' -> fixed(exact, p, spec.alt);
                case 'e' -> scientific(exact, p, spec.alt);
                case 'g' -> general(exact, p == 0 ? 1 : p, spec.alt);
                default -> hex(Math.abs(v));
            };
        }
        if (upper) {
            body = body.toUpperCase();
        }
        return spec.sign(negative) + body;
    }

    private static String fixed(BigDecimal exact, int precision, boolean alt) {
        String s = exact.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alt && precision == 0 ? s + "." : s;
    }

    private static String scientific(BigDecimal exact, int precision, boolean alt) {
        if (exact.signum() == 0) {
            return fixed(BigDecimal.ZERO, precision, alt) + "e+00";
        }
        BigDecimal rounded = exact.round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).setScale(precision, RoundingMode.HALF_EVEN);
        String m = mantissa.toPlainString();
        if (alt && precision == 0) {
            m += ".";
        }
        String e = String.valueOf(Math.abs(exponent));
        return m + (exponent < 0 ? "e-" : "e+") + (e.length() < 2 ? "0" + e : e);
    }

    /** %g: %e or %f by the exponent, precision as significant digits, trailing zeros removed. */
    private static String general(BigDecimal exact, int precision, boolean alt) {
        int exponent;
        if (exact.signum() == 0) {
            exponent = 0;
        } else {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            exponent = rounded.precision() - rounded.scale() - 1;
        }
        String s = precision > exponent && exponent >= -4
                ? fixed(exact, precision - 1 - exponent, alt)
                : scientific(exact, precision - 1, alt);
        if (alt) {
            return s;
        }
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String tail = e < 0 ? "" : s.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + tail;
    }

    private static String hex(double v) {
        String s = Double.toHexString(v).replace(".0p", "p"); // 0x1.0p1, 0x1.8p1 → C's 0x1p+1, 0x1.8p+1
        int p = s.indexOf('p');
        return s.charAt(p + 1) == '-' ? s : s.substring(0, p + 1) + "+" + s.substring(p + 1);
    }

    private static Long toLong(Object arg) {
        if (arg instanceof Number num) {
            return num instanceof Double || num instanceof Float ? (long) num.doubleValue() : num.longValue();
        }
        if (arg instanceof Character ch) {
            return (long) ch;
        }
        if (arg instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return 0L;
    }

    private static double toDouble(Object arg) {
        if (arg instanceof Number num) {
            return num.doubleValue();
        }
        if (arg instanceof Character ch) {
            return ch;
        }
        return Double.NaN;
    }
}

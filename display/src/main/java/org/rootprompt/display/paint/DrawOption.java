package org.rootprompt.display.paint;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A histogram's draw option read as THistPainter::MakeChopt reads it: words first (so that the
 * E of "TEXT" or the L of "PLC" are not taken for letters), then single letters.
 */
final class DrawOption {
    boolean same;
    boolean hist;
    boolean bar;
    /** "BAR1" … "BAR4": a brighter left and darker right part of n × 10% of each bar. */
    int barSide;
    boolean text;
    double textAngle;
    boolean pfc;
    boolean plc;
    boolean pmc;
    boolean col;
    boolean z;
    boolean box;
    boolean scat;
    boolean cont;
    /** CONT0 and CONT4 fill between the levels; CONT1–CONT3 draw the level lines. */
    boolean contourFill;
    /** CONT3: all level lines in the histogram's line colour. */
    boolean contourOneColour;
    boolean lego;
    boolean surf;
    /** LEGO2 … and SURF1 … colour by the palette; plain LEGO and SURF use the fill colour. */
    boolean paletteColours;
    boolean nostack;
    /** ROOT's Hoption.Error: 0 without error bars, 1 for "E", 10 + n for "En". */
    int error;
    boolean markers;
    boolean line;
    boolean curve;
    boolean noAxes;

    private static final Pattern TEXT = Pattern.compile("TEXT(\\d*)");
    private static final Pattern ERRORS = Pattern.compile("E([0-4]?)");

    static DrawOption parse(String option) {
        DrawOption o = new DrawOption();
        String s = option == null ? "" : option.toUpperCase(Locale.ROOT);
        o.same = s.contains("SAME");
        o.nostack = s.contains("NOSTACK");
        s = s.replace("SAME", " ").replace("NOSTACK", " ");
        o.pfc = s.contains("PFC");
        o.plc = s.contains("PLC");
        o.pmc = s.contains("PMC");
        s = s.replace("PFC", " ").replace("PLC", " ").replace("PMC", " ");
        o.hist = s.contains("HIST");
        s = s.replace("HIST", " ");
        Matcher text = TEXT.matcher(s);
        if (text.find()) {
            o.text = true;
            o.textAngle = text.group(1).isEmpty() ? 0 : Double.parseDouble(text.group(1));
            s = text.replaceAll(" ");
        }
        Matcher bar = Pattern.compile("BAR(\\d?)").matcher(s);
        if (bar.find()) {
            o.bar = true;
            o.barSide = bar.group(1).isEmpty() ? 0 : Math.min(4, Integer.parseInt(bar.group(1)));
        }
        Matcher threeD = Pattern.compile("(LEGO|SURF)(\\d?)").matcher(s);
        if (threeD.find()) {
            o.lego = threeD.group(1).equals("LEGO");
            o.surf = !o.lego;
            int kind = threeD.group(2).isEmpty() ? 0 : Integer.parseInt(threeD.group(2));
            o.paletteColours = o.lego ? kind == 2 || kind == 3 || kind == 4 : kind >= 1 && kind != 6;
        }
        Matcher cont = Pattern.compile("CONT(\\d?)").matcher(s);
        if (cont.find()) {
            o.cont = true;
            int kind = cont.group(1).isEmpty() ? 0 : Integer.parseInt(cont.group(1));
            o.contourFill = kind == 0 || kind == 4;
            o.contourOneColour = kind == 3;
        }
        o.col = s.contains("COL");
        o.z = s.contains("COLZ") || s.contains("Z");
        o.box = s.contains("BOX");
        o.scat = s.contains("SCAT");
        s = s.replaceAll("BAR\\d*|LEGO\\d*|SURF\\d*|CONT\\d*|COLZ|COL|BOX\\d*|SCAT|Z", " ");
        Matcher e = ERRORS.matcher(s);
        if (e.find()) {
            o.error = e.group(1).isEmpty() ? 1 : 10 + Integer.parseInt(e.group(1));
            s = e.replaceAll(" ");
        }
        o.markers = s.contains("P") || s.contains("*");
        o.line = s.contains("L");
        o.curve = s.contains("C");
        o.noAxes = s.contains("A");
        return o;
    }

    /** Whether the histogram's own contents are drawn as a line histogram. */
    boolean drawsHistogram() {
        return hist || !(bar || text || markers || line || curve || error > 0);
    }

    /** Whether error bars of any kind are drawn (what the axis range must include). */
    boolean drawsErrors() {
        return error > 0;
    }
}

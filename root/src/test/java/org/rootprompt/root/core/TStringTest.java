package org.rootprompt.root.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TStringTest {
    @Test
    void theCommonApi() {
        TString s = new TString("Hello World");
        assertEquals(11, s.Length());
        assertTrue(s.Contains("World"));
        assertFalse(s.Contains("world"));
        assertTrue(s.Contains("world", TString.kIgnoreCase));
        assertTrue(s.BeginsWith("Hell"));
        assertTrue(s.EndsWith("ld"));
        assertEquals(6, s.Index("W"));
        assertEquals("Hello ROOT", s.ReplaceAll("World", "ROOT").Data());
        s.plus(" ").plus(6).plus('!');
        assertEquals("Hello ROOT 6!", s.toString());
        assertEquals("hello root 6!", s.ToLower().Data());
        assertTrue(new TString("abc").EqualTo("ABC", TString.kIgnoreCase));
        assertTrue(new TString("abc").compareTo(new TString("abd")) < 0);
        assertTrue(new TString("").IsNull());
    }

    @Test
    void numbersAndFormatting() {
        assertEquals(42, new TString(" 42abc").Atoi());
        assertEquals(-7, new TString("-7").Atoi());
        assertEquals(0, new TString("x1").Atoi());
        assertEquals(2.5e3, new TString("2.5e3 GeV").Atof(), 0);
        assertTrue(new TString("3.14").IsFloat());
        assertTrue(new TString("123").IsDigit());
        assertEquals("h_003 = 1.50", TString.Format("h_%03d = %.2f", 3, 1.5).Data());
        TString t = new TString();
        t.Form("%s-%d", "run", 7);
        assertEquals("run-7", t.Data());
        assertEquals(EColor.kRed + 2, 634);
    }
}

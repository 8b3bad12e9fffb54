package org.rootprompt.root.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorHandlerTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream saved;

    @BeforeEach
    void capture() {
        saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(saved);
        ErrorHandler.gErrorIgnoreLevel = ErrorHandler.kUnset;
        ErrorHandler.setHandler(null);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsInRootsFormat() {
        Globals.Warning("TROOT::Append", "Replacing existing %s: %s (Potential memory leak).", "TH1", "h");
        Globals.Error("TH1F::Fill", "bin %d out of range", 12);
        Globals.Info("", "no location");
        assertEquals("Warning in <TROOT::Append>: Replacing existing TH1: h (Potential memory leak).\n"
                + "Error in <TH1F::Fill>: bin 12 out of range\n"
                + "Info: no location\n", stderr());
    }

    @Test
    void theIgnoreLevelSilencesLowerLevels() {
        ErrorHandler.gErrorIgnoreLevel = ErrorHandler.kWarning;
        Globals.Info("TCanvas::Print", "png file c1.png has been created");
        Globals.Warning("TF1::SetParameter", "index out of range");
        assertEquals("Warning in <TF1::SetParameter>: index out of range\n", stderr());
    }

    @Test
    void fatalEndsTheCaller() {
        ErrorHandler.FatalError e = assertThrows(ErrorHandler.FatalError.class,
                () -> Globals.Fatal("TFile::Init", "cannot continue"));
        assertEquals("TFile::Init: cannot continue", e.getMessage());
        assertEquals("Fatal in <TFile::Init>: cannot continue\n", stderr());
    }

    @Test
    void formAndPrintfUseCFormatting() {
        assertEquals("h_3 2.50e+00", Globals.Form("h_%d %.2e", 3, 2.5));
    }
}

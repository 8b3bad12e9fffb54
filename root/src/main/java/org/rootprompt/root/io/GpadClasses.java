package org.rootprompt.root.io;

import static org.rootprompt.root.io.CoreClasses.*;
import static org.rootprompt.root.io.StreamerType.*;

import org.rootprompt.root.core.TAttFill;
import org.rootprompt.root.core.TAttLine;
import org.rootprompt.root.core.TAttMarker;
import org.rootprompt.root.core.TAttText;
import org.rootprompt.root.gpad.*;
import org.rootprompt.root.hist.TAxis;

/**
 * Descriptions of the pads and the graphics primitives (ROOT 6.28: TPad v13, TCanvas v8; the
 * primitives' versions from their ClassDef in ROOT 6's headers; their checksums are in none of the
 * ROOT files or captured streamers we have, so they are {@link ClassDescription#UNKNOWN_CHECKSUM}
 * until a ROOT file holding them is found). The pixel conversion members
 * are computed as ROOT's TPad::ResizePad does for the canvas's drawing area (the window less ROOT's
 * borders of 4 × 28 pixels), with the pad's coordinates 0..1 as a saved canvas shows them.
 */
final class GpadClasses {
    private GpadClasses() {}

    static final ClassDescription TATTPAD = ClassDescription.of(TPad.class, "TAttPad", 4, 2803232785L)
            .member("fLeftMargin", kFloat, "float", TPad::GetLeftMargin)
            .member("fRightMargin", kFloat, "float", TPad::GetRightMargin)
            .member("fBottomMargin", kFloat, "float", TPad::GetBottomMargin)
            .member("fTopMargin", kFloat, "float", TPad::GetTopMargin)
            // the positions of the file name and of the stat box in the pad (TAttPad's defaults)
            .member("fXfile", kFloat, "float", p -> 2.0f)
            .member("fYfile", kFloat, "float", p -> 2.0f)
            .member("fAfile", kFloat, "float", p -> 1.0f)
            .member("fXstat", kFloat, "float", p -> 0.99f)
            .member("fYstat", kFloat, "float", p -> 0.99f)
            .member("fAstat", kFloat, "float", p -> 2.0f)
            .member("fFrameFillColor", kShort, "short", p -> 0)
            .member("fFrameLineColor", kShort, "short", p -> 1)
            .member("fFrameFillStyle", kShort, "short", p -> 1001)
            .member("fFrameLineStyle", kShort, "short", p -> 1)
            .member("fFrameLineWidth", kShort, "short", p -> 1)
            .member("fFrameBorderSize", kShort, "short", p -> 1)
            .member("fFrameBorderMode", kInt, "int", p -> 0)
            .build();

    /** TQObject (signals and slots) streams nothing. */
    static final ClassDescription TQOBJECT = ClassDescription.of(TPad.class, "TQObject", 1, 274076L).build();

    static final ClassDescription TVIRTUALPAD = ClassDescription.of(TPad.class, "TVirtualPad", 3, 686614457L)
            .base(TOBJECT)
            .base(TATTLINE)
            .base(TATTFILL)
            .base(TATTPAD)
            .base(TQOBJECT)
            .build();

    static final ClassDescription TATTBBOX2D = ClassDescription.of(TPad.class, "TAttBBox2D", 0, 2443772L).build();

    static final ClassDescription TPAD = ClassDescription.of(TPad.class, "TPad", 13, 325755298L)
            .base(TVIRTUALPAD)
            .base(TATTBBOX2D)
            .member("fX1", kDouble, "double", p -> 0.0)
            .member("fY1", kDouble, "double", p -> 0.0)
            .member("fX2", kDouble, "double", p -> 1.0)
            .member("fY2", kDouble, "double", p -> 1.0)
            .member("fXtoAbsPixelk", kDouble, "double", p -> pixels(p).xtoAbsPixelk())
            .member("fXtoPixelk", kDouble, "double", p -> pixels(p).xtoPixelk())
            .member("fXtoPixel", kDouble, "double", p -> pixels(p).xtoPixel())
            .member("fYtoAbsPixelk", kDouble, "double", p -> pixels(p).ytoAbsPixelk())
            .member("fYtoPixelk", kDouble, "double", p -> pixels(p).ytoPixelk())
            .member("fYtoPixel", kDouble, "double", p -> pixels(p).ytoPixel())
            .member("fUtoAbsPixelk", kDouble, "double", p -> pixels(p).xtoAbsPixelk())
            .member("fUtoPixelk", kDouble, "double", p -> pixels(p).xtoPixelk())
            .member("fUtoPixel", kDouble, "double", p -> pixels(p).xtoPixel())
            .member("fVtoAbsPixelk", kDouble, "double", p -> pixels(p).ytoAbsPixelk())
            .member("fVtoPixelk", kDouble, "double", p -> pixels(p).h())
            .member("fVtoPixel", kDouble, "double", p -> pixels(p).ytoPixel())
            .member("fAbsPixeltoXk", kDouble, "double", p -> pixels(p).absPixeltoXk())
            .member("fPixeltoXk", kDouble, "double", p -> 0.0)
            .member("fPixeltoX", kDouble, "double", p -> 1 / pixels(p).w())
            .member("fAbsPixeltoYk", kDouble, "double", p -> pixels(p).absPixeltoYk())
            .member("fPixeltoYk", kDouble, "double", p -> 0.0)
            .member("fPixeltoY", kDouble, "double", p -> -1 / pixels(p).h())
            .member("fXlowNDC", kDouble, "double", TPad::GetXlowNDC)
            .member("fYlowNDC", kDouble, "double", TPad::GetYlowNDC)
            .member("fXUpNDC", kDouble, "double", p -> p.GetXlowNDC() + p.GetWNDC())
            .member("fYUpNDC", kDouble, "double", p -> p.GetYlowNDC() + p.GetHNDC())
            .member("fWNDC", kDouble, "double", TPad::GetWNDC)
            .member("fHNDC", kDouble, "double", TPad::GetHNDC)
            .member("fAbsXlowNDC", kDouble, "double", p -> absoluteNdc(p)[0])
            .member("fAbsYlowNDC", kDouble, "double", p -> absoluteNdc(p)[1])
            .member("fAbsWNDC", kDouble, "double", p -> absoluteNdc(p)[2])
            .member("fAbsHNDC", kDouble, "double", p -> absoluteNdc(p)[3])
            .member("fUxmin", kDouble, "double", p -> 0.0)
            .member("fUymin", kDouble, "double", p -> 0.0)
            .member("fUxmax", kDouble, "double", p -> 1.0)
            .member("fUymax", kDouble, "double", p -> 1.0)
            .member("fTheta", kDouble, "double", p -> 30.0)
            .member("fPhi", kDouble, "double", p -> 30.0)
            .member("fAspectRatio", kDouble, "double", p -> 0.0)
            .member("fNumber", kInt, "int", TPad::GetNumber)
            .member("fTickx", kInt, "int", TPad::GetTickx)
            .member("fTicky", kInt, "int", TPad::GetTicky)
            .member("fLogx", kInt, "int", TPad::GetLogx)
            .member("fLogy", kInt, "int", TPad::GetLogy)
            .member("fLogz", kInt, "int", TPad::GetLogz)
            .member("fPadPaint", kInt, "int", p -> 0)
            .member("fCrosshair", kInt, "int", p -> 0)
            .member("fCrosshairPos", kInt, "int", p -> 0)
            // a canvas has a border of 2 pixels, a pad of 1 (ROOT's defaults, mode 0: no 3-D border)
            .member("fBorderSize", kShort, "short", p -> p instanceof TCanvas ? 2 : 1)
            .member("fBorderMode", kShort, "short", p -> 0)
            .member("fModified", kBool, "bool", TPad::IsModified)
            .member("fGridx", kBool, "bool", TPad::GetGridx)
            .member("fGridy", kBool, "bool", TPad::GetGridy)
            .member("fAbsCoord", kBool, "bool", p -> false)
            .member("fEditable", kBool, "bool", TPad::IsEditable)
            .member("fFixedAspectRatio", kBool, "bool", p -> false)
            .member("fPrimitives", kObjectp, "TList*", GpadClasses::primitivesWithFrame)
            .member("fExecs", kObjectP, "TList*", p -> null)
            .member("fName", kTString, "TString", TPad::GetName)
            .member("fTitle", kTString, "TString", TPad::GetTitle)
            .member("fNumPaletteColor", kInt, "int", p -> 0)
            .member("fNextPaletteColor", kInt, "int", p -> 0)
            .build();

    /** Canvas attributes (not a TObject): spacing between sub-pads and the date's position. */
    static final ClassDescription TATTCANVAS = ClassDescription.of(TCanvas.class, "TAttCanvas", 1, 4134953791L)
            .member("fXBetween", kFloat, "float", c -> 2.0f)
            .member("fYBetween", kFloat, "float", c -> 2.0f)
            .member("fTitleFromTop", kFloat, "float", c -> 1.2f)
            .member("fXdate", kFloat, "float", c -> 0.2f)
            .member("fYdate", kFloat, "float", c -> 0.3f)
            .member("fAdate", kFloat, "float", c -> 1.0f)
            .build();

    /**
     * TCanvas v8 has a custom Streamer: after TPad it writes the members below in this order, which
     * is also the order of ROOT's JSON of a canvas (the kMoveOpaque … flags are ROOT's JSON view of
     * the canvas's bits). The ROOT file writer must write TCanvas by hand, not member by member.
     */
    static final ClassDescription TCANVAS = ClassDescription.of(TCanvas.class, "TCanvas", 8, 232602757L)
            .streaming(ClassDescription.Streaming.CUSTOM)
            .base(TPAD)
            .member("fDISPLAY", kTString, "TString", c -> "$DISPLAY")
            .member("fDoubleBuffer", kInt, "int", c -> 0)
            .member("fRetained", kBool, "bool", c -> true)
            .member("fXsizeUser", kFloat, "float", c -> 0.0f)
            .member("fYsizeUser", kFloat, "float", c -> 0.0f)
            // the canvas's size in cm as ROOT's TCanvas::Init derives it: 20 on the longer side
            .member("fXsizeReal", kFloat, "float", c -> c.GetWw() >= c.GetWh() ? 20f : 20f * c.GetWw() / c.GetWh())
            .member("fYsizeReal", kFloat, "float", c -> c.GetWw() >= c.GetWh() ? 20f * c.GetWh() / c.GetWw() : 20f)
            .member("fWindowTopX", kInt, "int", c -> 0)
            .member("fWindowTopY", kInt, "int", c -> 0)
            .member("fWindowWidth", kUInt, "unsigned int", TCanvas::GetWw)
            .member("fWindowHeight", kUInt, "unsigned int", TCanvas::GetWh)
            .member("fCw", kUInt, "unsigned int", GpadClasses::drawingWidth)
            .member("fCh", kUInt, "unsigned int", GpadClasses::drawingHeight)
            .member("fCatt", kAny, "TAttCanvas", c -> c)
            .member("kMoveOpaque", kBool, "bool", c -> c.TestBit(TCanvas.kMoveOpaque))
            .member("kResizeOpaque", kBool, "bool", c -> c.TestBit(TCanvas.kResizeOpaque))
            .member("fHighLightColor", kShort, "short", c -> 2)
            .member("fBatch", kBool, "bool", c -> true)
            .member("kShowEventStatus", kBool, "bool", c -> false)
            .member("kAutoExec", kBool, "bool", c -> c.TestBit(TCanvas.kAutoExec))
            .member("kMenuBar", kBool, "bool", c -> c.TestBit(TCanvas.kMenuBar))
            .build();

    // ---- primitives ----

    private static final long UNKNOWN = ClassDescription.UNKNOWN_CHECKSUM;

    static final ClassDescription TTEXT = ClassDescription.of(TText.class, "TText", 2, UNKNOWN)
            .base(TNAMED)
            .base(TATTTEXT)
            .base(TATTBBOX2D)
            .member("fX", kDouble, "double", TText::GetX)
            .member("fY", kDouble, "double", TText::GetY)
            .build();

    /** TLatex streams two of its layout members; the others are transient. */
    static final ClassDescription TLATEX = ClassDescription.of(TLatex.class, "TLatex", 2, UNKNOWN)
            .base(TTEXT)
            .base(TATTLINE)
            // ROOT's defaults: sub- and superscripts shrink at most 3 times; the starting font size
            .member("fLimitFactorSize", kInt, "int", l -> 3)
            .member("fOriginSize", kDouble, "double", l -> 0.05)
            .build();

    static final ClassDescription TLINE = ClassDescription.of(TLine.class, "TLine", 3, UNKNOWN)
            .base(TOBJECT)
            .base(TATTLINE)
            .base(TATTBBOX2D)
            .member("fX1", kDouble, "double", TLine::GetX1)
            .member("fY1", kDouble, "double", TLine::GetY1)
            .member("fX2", kDouble, "double", TLine::GetX2)
            .member("fY2", kDouble, "double", TLine::GetY2)
            .build();

    static final ClassDescription TARROW = ClassDescription.of(TArrow.class, "TArrow", 2, UNKNOWN)
            .base(TLINE)
            .base(TATTFILL)
            .member("fAngle", kFloat, "float", a -> (float) a.GetAngle())
            .member("fArrowSize", kFloat, "float", a -> (float) a.GetArrowSize())
            .member("fOption", kTString, "TString", TArrow::GetOption)
            .build();

    static final ClassDescription TMARKER = ClassDescription.of(TMarker.class, "TMarker", 3, UNKNOWN)
            .base(TOBJECT)
            .base(TATTMARKER)
            .base(TATTBBOX2D)
            .member("fX", kDouble, "double", TMarker::GetX)
            .member("fY", kDouble, "double", TMarker::GetY)
            .build();

    static final ClassDescription TBOX = ClassDescription.of(TBox.class, "TBox", 2, UNKNOWN)
            .base(TOBJECT)
            .base(TATTLINE)
            .base(TATTFILL)
            .base(TATTBBOX2D)
            .member("fX1", kDouble, "double", TBox::GetX1)
            .member("fY1", kDouble, "double", TBox::GetY1)
            .member("fX2", kDouble, "double", TBox::GetX2)
            .member("fY2", kDouble, "double", TBox::GetY2)
            .build();

    static final ClassDescription TELLIPSE = ClassDescription.of(TEllipse.class, "TEllipse", 3, UNKNOWN)
            .base(TOBJECT)
            .base(TATTLINE)
            .base(TATTFILL)
            .base(TATTBBOX2D)
            .member("fX1", kDouble, "double", TEllipse::GetX1)
            .member("fY1", kDouble, "double", TEllipse::GetY1)
            .member("fR1", kDouble, "double", TEllipse::GetR1)
            .member("fR2", kDouble, "double", TEllipse::GetR2)
            .member("fPhimin", kDouble, "double", TEllipse::GetPhimin)
            .member("fPhimax", kDouble, "double", TEllipse::GetPhimax)
            .member("fTheta", kDouble, "double", TEllipse::GetTheta)
            .build();

    /**
     * TPave: our paves keep one set of corners, NDC when the option says so. ROOT's fInit 1 says the
     * NDC corners are valid; with 0 (corners in the pad's coordinates) JSROOT converts them itself.
     */
    static final ClassDescription TPAVE = ClassDescription.of(TPave.class, "TPave", 3, UNKNOWN)
            .base(TBOX)
            .member("fX1NDC", kDouble, "double", p -> p.IsNDC() ? p.GetX1NDC() : 0.0)
            .member("fY1NDC", kDouble, "double", p -> p.IsNDC() ? p.GetY1NDC() : 0.0)
            .member("fX2NDC", kDouble, "double", p -> p.IsNDC() ? p.GetX2NDC() : 0.0)
            .member("fY2NDC", kDouble, "double", p -> p.IsNDC() ? p.GetY2NDC() : 0.0)
            .member("fBorderSize", kInt, "int", TPave::GetBorderSize)
            .member("fInit", kInt, "int", p -> p.IsNDC() ? 1 : 0)
            .member("fShadowColor", kInt, "int", TPave::GetShadowColor)
            .member("fCornerRadius", kDouble, "double", TPave::GetCornerRadius)
            .member("fOption", kTString, "TString", TPave::GetOption)
            .member("fName", kTString, "TString", TPave::GetName)
            .build();

    static final ClassDescription TPAVETEXT = ClassDescription.of(TPaveText.class, "TPaveText", 2, UNKNOWN)
            .base(TPAVE)
            .base(TATTTEXT)
            .member("fLabel", kTString, "TString", TPaveText::GetLabel)
            .member("fLongest", kInt, "int", GpadClasses::longestLine)
            .member("fMargin", kFloat, "float", p -> (float) p.GetMargin())
            .member("fLines", kObjectP, "TList*", TPaveText::GetListOfLines)
            .build();

    static final ClassDescription TPAVESTATS = ClassDescription.of(TPaveStats.class, "TPaveStats", 5, UNKNOWN)
            .base(TPAVETEXT)
            .member("fOptFit", kInt, "int", TPaveStats::GetOptFit)
            .member("fOptStat", kInt, "int", TPaveStats::GetOptStat)
            .member("fFitFormat", kTString, "TString", TPaveStats::GetFitFormat)
            .member("fStatFormat", kTString, "TString", TPaveStats::GetStatFormat)
            // the histogram it belongs to is not kept; JSROOT finds it in the pad
            .member("fParent", kObjectP, "TObject*", p -> null)
            .build();

    static final ClassDescription TPAVELABEL = ClassDescription.of(TPaveLabel.class, "TPaveLabel", 2, UNKNOWN)
            .base(TPAVE)
            .base(TATTTEXT)
            .member("fLabel", kTString, "TString", TPaveLabel::GetLabel)
            .build();

    static final ClassDescription TLEGENDENTRY = ClassDescription.of(TLegendEntry.class, "TLegendEntry", 1, UNKNOWN)
            .base(TOBJECT)
            .base(TATTTEXT)
            .base(TATTLINE)
            .base(TATTFILL)
            .base(TATTMARKER)
            .member("fObject", kObjectP, "TObject*", TLegendEntry::GetObject)
            .member("fLabel", kTString, "TString", TLegendEntry::GetLabel)
            .member("fOption", kTString, "TString", TLegendEntry::GetOption)
            .build();

    /** TLegend v3 (ROOT 6); its members as the header of v2 lists them. */
    static final ClassDescription TLEGEND = ClassDescription.of(TLegend.class, "TLegend", 3, UNKNOWN)
            .base(TPAVE)
            .base(TATTTEXT)
            .member("fPrimitives", kObjectP, "TList*", TLegend::GetListOfPrimitives)
            .member("fEntrySeparation", kFloat, "float", l -> (float) l.GetEntrySeparation())
            .member("fMargin", kFloat, "float", l -> (float) l.GetMargin())
            .member("fNColumns", kInt, "int", TLegend::GetNColumns)
            .member("fColumnSeparation", kFloat, "float", l -> (float) l.GetColumnSeparation())
            .build();

    /** TGaxis v6: a TLine with text attributes (for its title); labels and ticks in its own members. */
    static final ClassDescription TGAXIS = ClassDescription.of(TGaxis.class, "TGaxis", 6, UNKNOWN)
            .base(TLINE)
            .base(TATTTEXT)
            .member("fWmin", kDouble, "double", TGaxis::GetWmin)
            .member("fWmax", kDouble, "double", TGaxis::GetWmax)
            .member("fGridLength", kFloat, "float", a -> (float) a.GetGridLength())
            .member("fTickSize", kFloat, "float", a -> (float) a.GetTickSize())
            .member("fLabelOffset", kFloat, "float", a -> (float) a.GetLabelOffset())
            .member("fLabelSize", kFloat, "float", a -> (float) a.GetLabelSize())
            .member("fTitleOffset", kFloat, "float", a -> (float) a.GetTitleOffset())
            .member("fTitleSize", kFloat, "float", a -> (float) a.GetTitleSize())
            .member("fNdiv", kInt, "int", TGaxis::GetNdiv)
            .member("fLabelColor", kInt, "int", TGaxis::GetLabelColor)
            .member("fLabelFont", kInt, "int", TGaxis::GetLabelFont)
            .member("fNModLabs", kInt, "int", a -> 0)
            .member("fChopt", kTString, "TString", TGaxis::GetOption)
            .member("fName", kTString, "TString", TGaxis::GetName)
            .member("fTitle", kTString, "TString", TGaxis::GetTitle)
            .member("fTimeFormat", kTString, "TString", a -> "")
            .member("fFunctionName", kTString, "TString", TGaxis::GetFunctionName)
            .member("fModLabs", kObjectP, "TList*", a -> null)
            .build();

    /** TWbox v1, the box with a border that TFrame is. */
    static final ClassDescription TWBOX = ClassDescription.of(TFrame.class, "TWbox", 1, UNKNOWN)
            .base(TBOX)
            .member("fBorderSize", kShort, "short", f -> (short) f.GetBorderSize())
            .member("fBorderMode", kShort, "short", f -> (short) f.GetBorderMode())
            .build();

    static final ClassDescription TFRAME = ClassDescription.of(TFrame.class, "TFrame", 1, UNKNOWN)
            .base(TWBOX)
            .build();

    static final ClassDescription TMATHTEXT = ClassDescription.of(TMathText.class, "TMathText", 2, UNKNOWN)
            .base(TTEXT)
            .base(TATTFILL)
            .build();
    /**
     * TStyle v19 in ROOT's member order (core/base/inc/TStyle.h), as JupyROOT sent gStyle with each
     * canvas: JSROOT copies every member into its own gStyle (TPadPainter.checkSpecial), so the
     * stat box, title and pads are drawn with the user's settings. What we do not model is written
     * with ROOT's defaults; fAttDate (a TAttText) and fLineStyle[30] (PostScript line patterns) are
     * left out, so JSROOT keeps its own, which are ROOT's.
     */
    static final ClassDescription TSTYLE = ClassDescription.of(TStyle.class, "TStyle", 19, UNKNOWN)
            .base(TNAMED)
            .base(TATTLINE, s -> StyleAttributes.DEFAULTS)
            .base(TATTFILL, s -> StyleAttributes.DEFAULTS)
            .base(TATTMARKER, s -> StyleAttributes.DEFAULTS)
            .base(TATTTEXT, s -> StyleAttributes.DEFAULTS)
            .member("fXaxis", kAny, "TAttAxis", s -> axisOf(s, "X"))
            .member("fYaxis", kAny, "TAttAxis", s -> axisOf(s, "Y"))
            .member("fZaxis", kAny, "TAttAxis", s -> axisOf(s, "Z"))
            .member("fBarWidth", kFloat, "float", s -> (float) s.GetBarWidth())
            .member("fBarOffset", kFloat, "float", s -> (float) s.GetBarOffset())
            .member("fColorModelPS", kInt, "int", s -> 0)
            .member("fDrawBorder", kInt, "int", s -> 0)
            .member("fOptLogx", kInt, "int", TStyle::GetOptLogx)
            .member("fOptLogy", kInt, "int", TStyle::GetOptLogy)
            .member("fOptLogz", kInt, "int", TStyle::GetOptLogz)
            .member("fOptDate", kInt, "int", s -> 0)
            .member("fOptStat", kInt, "int", TStyle::GetOptStat)
            .member("fOptTitle", kInt, "int", TStyle::GetOptTitle)
            .member("fOptFile", kInt, "int", s -> 0)
            .member("fOptFit", kInt, "int", TStyle::GetOptFit)
            .member("fShowEventStatus", kInt, "int", s -> 0)
            .member("fShowEditor", kInt, "int", s -> 0)
            .member("fShowToolBar", kInt, "int", s -> 0)
            .member("fNumberContours", kInt, "int", TStyle::GetNumberContours)
            .member("fDateX", kFloat, "float", s -> 0.01f)
            .member("fDateY", kFloat, "float", s -> 0.01f)
            .member("fEndErrorSize", kFloat, "float", s -> (float) s.GetEndErrorSize())
            .member("fErrorX", kFloat, "float", s -> (float) s.GetErrorX())
            .member("fFuncColor", kShort, "short", TStyle::GetFuncColor)
            .member("fFuncStyle", kShort, "short", TStyle::GetFuncStyle)
            .member("fFuncWidth", kShort, "short", TStyle::GetFuncWidth)
            .member("fGridColor", kShort, "short", TStyle::GetGridColor)
            .member("fGridStyle", kShort, "short", TStyle::GetGridStyle)
            .member("fGridWidth", kShort, "short", TStyle::GetGridWidth)
            .member("fLegendBorderSize", kShort, "short", TStyle::GetLegendBorderSize)
            .member("fLegendFillColor", kShort, "short", TStyle::GetLegendFillColor)
            .member("fLegendFont", kShort, "short", TStyle::GetLegendFont)
            .member("fLegendTextSize", kDouble, "double", TStyle::GetLegendTextSize)
            .member("fHatchesLineWidth", kInt, "int", s -> 1)
            .member("fHatchesSpacing", kDouble, "double", s -> 1.0)
            .member("fFrameFillColor", kShort, "short", TStyle::GetFrameFillColor)
            .member("fFrameLineColor", kShort, "short", TStyle::GetFrameLineColor)
            .member("fFrameFillStyle", kShort, "short", s -> 1001)
            .member("fFrameLineStyle", kShort, "short", s -> 1)
            .member("fFrameLineWidth", kShort, "short", TStyle::GetFrameLineWidth)
            .member("fFrameBorderSize", kShort, "short", s -> 1)
            .member("fFrameBorderMode", kInt, "int", s -> 0)
            .member("fHistFillColor", kShort, "short", TStyle::GetHistFillColor)
            .member("fHistLineColor", kShort, "short", TStyle::GetHistLineColor)
            .member("fHistFillStyle", kShort, "short", TStyle::GetHistFillStyle)
            .member("fHistLineStyle", kShort, "short", TStyle::GetHistLineStyle)
            .member("fHistLineWidth", kShort, "short", TStyle::GetHistLineWidth)
            .member("fHistMinimumZero", kBool, "bool", TStyle::GetHistMinimumZero)
            .member("fHistTopMargin", kDouble, "double", TStyle::GetHistTopMargin)
            .member("fCanvasPreferGL", kBool, "bool", s -> false)
            .member("fCanvasColor", kShort, "short", TStyle::GetCanvasColor)
            .member("fCanvasBorderSize", kShort, "short", s -> 2)
            .member("fCanvasBorderMode", kInt, "int", s -> 0)
            .member("fCanvasDefH", kInt, "int", TStyle::GetCanvasDefH)
            .member("fCanvasDefW", kInt, "int", TStyle::GetCanvasDefW)
            .member("fCanvasDefX", kInt, "int", s -> 10)
            .member("fCanvasDefY", kInt, "int", s -> 10)
            .member("fPadColor", kShort, "short", TStyle::GetPadColor)
            .member("fPadBorderSize", kShort, "short", s -> 2)
            .member("fPadBorderMode", kInt, "int", s -> 0)
            .member("fPadBottomMargin", kFloat, "float", s -> (float) s.GetPadBottomMargin())
            .member("fPadTopMargin", kFloat, "float", s -> (float) s.GetPadTopMargin())
            .member("fPadLeftMargin", kFloat, "float", s -> (float) s.GetPadLeftMargin())
            .member("fPadRightMargin", kFloat, "float", s -> (float) s.GetPadRightMargin())
            .member("fPadGridX", kBool, "bool", TStyle::GetPadGridX)
            .member("fPadGridY", kBool, "bool", TStyle::GetPadGridY)
            .member("fPadTickX", kInt, "int", TStyle::GetPadTickX)
            .member("fPadTickY", kInt, "int", TStyle::GetPadTickY)
            .member("fPaperSizeX", kFloat, "float", s -> 20f)
            .member("fPaperSizeY", kFloat, "float", s -> 26f)
            .member("fScreenFactor", kFloat, "float", s -> 1f)
            .member("fStatColor", kShort, "short", TStyle::GetStatColor)
            .member("fStatTextColor", kShort, "short", TStyle::GetStatTextColor)
            .member("fStatBorderSize", kShort, "short", TStyle::GetStatBorderSize)
            .member("fStatFont", kShort, "short", TStyle::GetStatFont)
            .member("fStatFontSize", kFloat, "float", s -> (float) s.GetStatFontSize())
            .member("fStatStyle", kShort, "short", TStyle::GetStatStyle)
            .member("fStatFormat", kTString, "TString", TStyle::GetStatFormat)
            .member("fStatX", kFloat, "float", s -> (float) s.GetStatX())
            .member("fStatY", kFloat, "float", s -> (float) s.GetStatY())
            .member("fStatW", kFloat, "float", s -> (float) s.GetStatW())
            .member("fStatH", kFloat, "float", s -> (float) s.GetStatH())
            .member("fStripDecimals", kBool, "bool", s -> true)
            .member("fTitleAlign", kInt, "int", TStyle::GetTitleAlign)
            .member("fTitleColor", kShort, "short", TStyle::GetTitleFillColor)
            .member("fTitleTextColor", kShort, "short", TStyle::GetTitleTextColor)
            .member("fTitleBorderSize", kShort, "short", TStyle::GetTitleBorderSize)
            .member("fTitleFont", kShort, "short", s -> 42) // the title's font is fixed here
            .member("fTitleFontSize", kFloat, "float", s -> (float) s.GetTitleFontSize())
            .member("fTitleStyle", kShort, "short", TStyle::GetTitleStyle)
            .member("fTitleX", kFloat, "float", s -> (float) s.GetTitleX())
            .member("fTitleY", kFloat, "float", s -> (float) s.GetTitleY())
            .member("fTitleW", kFloat, "float", s -> (float) s.GetTitleW())
            .member("fTitleH", kFloat, "float", s -> (float) s.GetTitleH())
            .member("fLegoInnerR", kFloat, "float", s -> 0.5f)
            .member("fHeaderPS", kTString, "TString", s -> "")
            .member("fTitlePS", kTString, "TString", s -> "")
            .member("fFitFormat", kTString, "TString", TStyle::GetFitFormat)
            .member("fPaintTextFormat", kTString, "TString", TStyle::GetPaintTextFormat)
            .member("fLineScalePS", kFloat, "float", s -> 3f)
            .member("fJoinLinePS", kInt, "int", s -> 0)
            .member("fCapLinePS", kInt, "int", s -> 0)
            .member("fTimeOffset", kDouble, "double", s -> 788918400.0)
            .member("fImageScaling", kFloat, "float", s -> 1f)
            .build();

    /** gStyle's axis attributes as the TAttAxis that ROOT keeps per axis. */
    private static TAxis axisOf(TStyle s, String axis) {
        TAxis a = new TAxis();
        a.SetNdivisions(s.GetNdivisions(axis));
        a.SetLabelFont(s.GetLabelFont(axis));
        a.SetLabelOffset(s.GetLabelOffset(axis));
        a.SetLabelSize(s.GetLabelSize(axis));
        a.SetTickLength(s.GetTickLength(axis));
        a.SetTitleOffset(s.GetTitleOffset(axis));
        a.SetTitleSize(s.GetTitleSize(axis));
        return a;
    }

    /** gStyle's own line, fill, marker and text attributes, which we do not model: ROOT's defaults. */
    private static final class StyleAttributes implements TAttLine, TAttFill, TAttMarker, TAttText {
        static final StyleAttributes DEFAULTS = new StyleAttributes();
        private final TAttLine.Line line = new TAttLine.Line(1, 1, 1);
        private final TAttFill.Fill fill = new TAttFill.Fill(1, 1001);
        private final TAttMarker.Marker marker = new TAttMarker.Marker(1, 1, 1);
        private final TAttText.Text text = new TAttText.Text(11, 0, 1, 62, 0.05);

        @Override public TAttLine.Line attLine() { return line; }
        @Override public TAttFill.Fill attFill() { return fill; }
        @Override public TAttMarker.Marker attMarker() { return marker; }
        @Override public TAttText.Text attText() { return text; }
    }

    static void register(ClassRegistry registry) {
        registry.add(TPad.class, TPAD);
        registry.add(TCanvas.class, TCANVAS);
        registry.add(TText.class, TTEXT);
        registry.add(TLatex.class, TLATEX);
        registry.add(TLine.class, TLINE);
        registry.add(TArrow.class, TARROW);
        registry.add(TMarker.class, TMARKER);
        registry.add(TBox.class, TBOX);
        registry.add(TEllipse.class, TELLIPSE);
        registry.add(TPave.class, TPAVE);
        registry.add(TPaveText.class, TPAVETEXT);
        registry.add(TPaveStats.class, TPAVESTATS);
        registry.add(TPaveLabel.class, TPAVELABEL);
        registry.add(TLegendEntry.class, TLEGENDENTRY);
        registry.add(TLegend.class, TLEGEND);
        registry.add(TGaxis.class, TGAXIS);
        registry.add(TFrame.class, TFRAME);
        registry.add(TMathText.class, TMATHTEXT);
        registry.add(TStyle.class, TSTYLE);
        for (ClassDescription d : new ClassDescription[] {TATTPAD, TQOBJECT, TVIRTUALPAD, TATTBBOX2D, TATTCANVAS, TWBOX}) {
            registry.add(null, d);
        }
    }

    /** The pad's primitives, its frame first once it has one, where ROOT keeps it and JSROOT looks for it. */
    static org.rootprompt.root.core.TList primitivesWithFrame(TPad pad) {
        TFrame frame = pad.frameIfMade();
        if (frame == null) {
            return pad.GetListOfPrimitives();
        }
        var list = new org.rootprompt.root.core.TList();
        list.Add(frame, "");
        var primitives = pad.GetListOfPrimitives();
        for (int i = 0; i < primitives.GetSize(); i++) {
            list.Add(primitives.At(i), primitives.optionAt(i));
        }
        return list;
    }

    /** The length of the longest text line of a pave (ROOT's fLongest, kept as lines are added). */
    static int longestLine(TPaveText pave) {
        int longest = 0;
        for (org.rootprompt.root.core.TObject line : pave.GetListOfLines()) {
            if (line instanceof TText text) {
                longest = Math.max(longest, text.GetTitle().length());
            }
        }
        return longest;
    }

    /** ROOT's drawing area: the window less 4 pixels of border in x and 28 (title bar) in y. */
    static int drawingWidth(TCanvas c) {
        return c.GetWw() - 4;
    }

    static int drawingHeight(TCanvas c) {
        return c.GetWh() - 28;
    }

    /** The pad's position and size in the canvas's NDC: xlow, ylow, w, h. */
    static double[] absoluteNdc(TPad pad) {
        TPad mother = pad.GetMother();
        if (mother == null || mother == pad) {
            return new double[] {pad.GetXlowNDC(), pad.GetYlowNDC(), pad.GetWNDC(), pad.GetHNDC()};
        }
        double[] m = absoluteNdc(mother);
        return new double[] {m[0] + pad.GetXlowNDC() * m[2], m[1] + pad.GetYlowNDC() * m[3],
                pad.GetWNDC() * m[2], pad.GetHNDC() * m[3]};
    }

    /** ROOT's conversions between the pad's coordinates (here 0..1) and pixels, as TPad::ResizePad. */
    record Pixels(double w, double h, double pxlow, double pylow) {
        double xtoPixel() { return w; }
        double ytoPixel() { return -h; }
        // ROOT adds 0.00005 so that rounding to pixels does not fall one short
        double xtoAbsPixelk() { return 0.00005 + pxlow; }
        double xtoPixelk() { return 0.00005; }
        double ytoAbsPixelk() { return 0.00005 + pylow; }
        double ytoPixelk() { return 0.00005 + h; }
        double absPixeltoXk() { return -pxlow / w; }
        double absPixeltoYk() { return pylow / h; }
    }

    static Pixels pixels(TPad pad) {
        TCanvas c = pad.GetCanvas() != null ? pad.GetCanvas() : (TCanvas) pad;
        double[] ndc = absoluteNdc(pad);
        int cw = drawingWidth(c);
        int ch = drawingHeight(c);
        return new Pixels(ndc[2] * cw, ndc[3] * ch, ndc[0] * cw, (1 - ndc[1]) * ch);
    }
}

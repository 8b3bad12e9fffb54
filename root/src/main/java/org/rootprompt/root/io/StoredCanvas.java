package org.rootprompt.root.io;

import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TObject;
import org.rootprompt.root.gpad.TCanvas;

/**
 * A TCanvas read from a file becomes our TCanvas with its primitives. ROOT's TCanvas::Streamer
 * writes by hand: the TPad part member-wise (read here through the file's TPad streamer info, so
 * its primitives come back as our objects, or as {@link GenericObject}s for classes we do not
 * know), then the window's numbers, of which we keep the size.
 */
final class StoredCanvas {
    private StoredCanvas() {}

    static TCanvas read(BufferReader r, FileStreamerInfos infos) {
        r.readBlockHeader();
        GenericObject pad = infos.readGeneric(r, "TPad");
        r.readTString(); // fDISPLAY
        r.readInt(); // fDoubleBuffer
        r.readByte(); // fRetained
        for (int i = 0; i < 4; i++) {
            r.readInt(); // fXsizeUser, fYsizeUser, fXsizeReal, fYsizeReal
        }
        r.readInt(); // fWindowTopX
        r.readInt(); // fWindowTopY
        int width = r.readInt();
        int height = r.readInt();
        int drawingWidth = r.readInt();
        int drawingHeight = r.readInt();
        // a batch canvas has no window: its size is the drawing area and ROOT's borders (TCanvas::Init)
        if (width <= 0 || height <= 0) {
            width = drawingWidth + 4;
            height = drawingHeight + 28;
        }
        // the rest (TAttCanvas, flags) is not modelled
        TCanvas canvas = new TCanvas(pad.GetName(), pad.GetTitle(), width, height);
        canvas.SetFillColor(integer(pad, "fFillColor"));
        canvas.SetFillStyle(integer(pad, "fFillStyle"));
        canvas.SetLeftMargin(number(pad, "fLeftMargin"));
        canvas.SetRightMargin(number(pad, "fRightMargin"));
        canvas.SetBottomMargin(number(pad, "fBottomMargin"));
        canvas.SetTopMargin(number(pad, "fTopMargin"));
        canvas.SetLogx(integer(pad, "fLogx"));
        canvas.SetLogy(integer(pad, "fLogy"));
        canvas.SetLogz(integer(pad, "fLogz"));
        canvas.SetGridx(Boolean.TRUE.equals(pad.Get("fGridx")));
        canvas.SetGridy(Boolean.TRUE.equals(pad.Get("fGridy")));
        canvas.SetTickx(integer(pad, "fTickx"));
        canvas.SetTicky(integer(pad, "fTicky"));
        if (pad.Get("fPrimitives") instanceof TList primitives) {
            for (int i = 0; i < primitives.GetSize(); i++) {
                TObject primitive = primitives.At(i);
                canvas.GetListOfPrimitives().Add(primitive, primitives.optionAt(i));
            }
        }
        canvas.Modified();
        return canvas;
    }

    private static double number(GenericObject pad, String member) {
        return pad.Get(member) instanceof Number n ? n.doubleValue() : 0;
    }

    private static int integer(GenericObject pad, String member) {
        return (int) number(pad, member);
    }
}

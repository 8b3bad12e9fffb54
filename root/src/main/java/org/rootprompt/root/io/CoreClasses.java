package org.rootprompt.root.io;

import static org.rootprompt.root.io.StreamerType.*;

import org.rootprompt.root.core.TAttFill;
import org.rootprompt.root.core.TAttLine;
import org.rootprompt.root.core.TAttMarker;
import org.rootprompt.root.core.TAttText;
import org.rootprompt.root.core.THashList;
import org.rootprompt.root.core.TList;
import org.rootprompt.root.core.TNamed;
import org.rootprompt.root.core.TObjString;
import org.rootprompt.root.core.TObject;

/**
 * Descriptions of ROOT's core persistent classes: TObject, TNamed, the attribute classes, the
 * arrays, the collections, TObjString. Versions and checksums are ROOT's, read from the streamer
 * infos of ROOT 6.08–6.28 files (shared/testdata/rootfiles) and of uproot's captured streamers.
 */
final class CoreClasses {
    private CoreClasses() {}

    static final ClassDescription TOBJECT = ClassDescription.of(TObject.class, "TObject", 1, 2417737773L)
            .factory(TObject::new)
            .streaming(ClassDescription.Streaming.TOBJECT)
            .member("fUniqueID", kUInt, "unsigned int", TObject::GetUniqueID, TObject::SetUniqueID)
            .member("fBits", kBits, "unsigned int", TObject::GetBits)
            .build();

    static final ClassDescription TNAMED = ClassDescription.of(TNamed.class, "TNamed", 1, 3753331260L)
            .factory(TNamed::new)
            .base(TOBJECT)
            .member("fName", kTString, "TString", TNamed::GetName, TNamed::SetName)
            .member("fTitle", kTString, "TString", TNamed::GetTitle, TNamed::SetTitle)
            .build();

    static final ClassDescription TATTLINE = ClassDescription.of(TAttLine.class, "TAttLine", 2, 2483504457L)
            .member("fLineColor", kShort, "short", TAttLine::GetLineColor, TAttLine::SetLineColor)
            .member("fLineStyle", kShort, "short", TAttLine::GetLineStyle, TAttLine::SetLineStyle)
            .member("fLineWidth", kShort, "short", TAttLine::GetLineWidth, TAttLine::SetLineWidth)
            .build();

    static final ClassDescription TATTFILL = ClassDescription.of(TAttFill.class, "TAttFill", 2, 4292422290L)
            .member("fFillColor", kShort, "short", TAttFill::GetFillColor, TAttFill::SetFillColor)
            .member("fFillStyle", kShort, "short", TAttFill::GetFillStyle, TAttFill::SetFillStyle)
            .build();

    static final ClassDescription TATTMARKER = ClassDescription.of(TAttMarker.class, "TAttMarker", 2, 689802220L)
            .member("fMarkerColor", kShort, "short", TAttMarker::GetMarkerColor, TAttMarker::SetMarkerColor)
            .member("fMarkerStyle", kShort, "short", TAttMarker::GetMarkerStyle, TAttMarker::SetMarkerStyle)
            .member("fMarkerSize", kFloat, "float", TAttMarker::GetMarkerSize,
                    (TAttMarker m, Float size) -> m.SetMarkerSize(size))
            .build();

    /** TAttText v2: the checksum is not in any ROOT file we have (no class with text was stored). */
    static final ClassDescription TATTTEXT = ClassDescription.of(TAttText.class, "TAttText", 2,
                    ClassDescription.UNKNOWN_CHECKSUM)
            .member("fTextAngle", kFloat, "float", TAttText::GetTextAngle)
            .member("fTextSize", kFloat, "float", TAttText::GetTextSize)
            .member("fTextAlign", kShort, "short", TAttText::GetTextAlign)
            .member("fTextColor", kShort, "short", TAttText::GetTextColor)
            .member("fTextFont", kShort, "short", TAttText::GetTextFont)
            .build();

    // The arrays: our objects hold Java primitive arrays, which the getters below receive.

    static final ClassDescription TARRAY = ClassDescription.of(Object.class, "TArray", 1, 7348658L)
            .member("fN", kCounter, "int", java.lang.reflect.Array::getLength)
            .build();

    static final ClassDescription TARRAYC = array("TArrayC", 2928122166L, kChar, "char*");
    static final ClassDescription TARRAYS = array("TArrayS", 56398612L, kShort, "short*");
    static final ClassDescription TARRAYI = array("TArrayI", 3654644167L, kInt, "int*");
    static final ClassDescription TARRAYF = array("TArrayF", 1510733553L, kFloat, "float*");
    static final ClassDescription TARRAYD = array("TArrayD", 1899622196L, kDouble, "double*");

    private static ClassDescription array(String name, long checksum, int basicType, String typeName) {
        return ClassDescription.of(Object.class, name, 1, checksum)
                .streaming(ClassDescription.Streaming.TARRAY)
                .base(TARRAY)
                .counted("fArray", basicType, typeName, "fN", values -> values)
                .build();
    }

    // The collections: ROOT streams them by hand (name, size, objects with options); these
    // descriptions carry the versions and checksums that a file's streamer infos list.

    static final ClassDescription TCOLLECTION = ClassDescription.of(TList.class, "TCollection", 3, 1474546588L)
            .base(TOBJECT)
            .member("fName", kTString, "TString", TList::GetName)
            .member("fSize", kInt, "int", TList::GetSize)
            .build();

    static final ClassDescription TSEQCOLLECTION = ClassDescription.of(TList.class, "TSeqCollection", 0, 4234951622L)
            .base(TCOLLECTION)
            .build();

    static final ClassDescription TLIST = ClassDescription.of(TList.class, "TList", 5, 1774568379L)
            .factory(TList::new)
            .streaming(ClassDescription.Streaming.COLLECTION)
            .base(TSEQCOLLECTION)
            .build();

    static final ClassDescription THASHLIST = ClassDescription.of(THashList.class, "THashList", 0, 3430828481L)
            .factory(THashList::new)
            .streaming(ClassDescription.Streaming.COLLECTION)
            .base(TLIST)
            .build();

    static final ClassDescription TOBJSTRING = ClassDescription.of(TObjString.class, "TObjString", 1, 2626570240L)
            .factory(TObjString::new)
            .base(TOBJECT)
            .member("fString", kTString, "TString", TObjString::GetString, TObjString::SetString)
            .build();

    static void register(ClassRegistry registry) {
        registry.add(TObject.class, TOBJECT);
        registry.add(TNamed.class, TNAMED);
        registry.add(TList.class, TLIST);
        registry.add(THashList.class, THASHLIST);
        registry.add(TObjString.class, TOBJSTRING);
        for (ClassDescription d : new ClassDescription[] {TATTLINE, TATTFILL, TATTMARKER, TATTTEXT, TARRAY, TARRAYC,
                TARRAYS, TARRAYI, TARRAYF, TARRAYD, TCOLLECTION, TSEQCOLLECTION}) {
            registry.add(null, d);
        }
    }
}

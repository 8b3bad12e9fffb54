package org.rootprompt.root.io;

import static org.rootprompt.root.io.CoreClasses.*;
import static org.rootprompt.root.io.StreamerType.*;

import org.rootprompt.root.core.TList;
import org.rootprompt.root.hist.*;

/**
 * Descriptions of the histogram, graph and function classes. Versions and checksums are ROOT's
 * (ROOT 6.2x: TH1 v8, TAxis v10, TGraph v4, TF1 v12), read from the streamer infos of ROOT-written
 * files and of uproot's captured ROOT streamers; the few we could not find say so.
 */
final class HistClasses {
    private HistClasses() {}

    // Constants named after a class of ours that this file imports (TH1, TH1F …) end in "_".

    static final ClassDescription TATTAXIS = ClassDescription.of(TAxis.class, "TAttAxis", 4, 1550843710L)
            .member("fNdivisions", kInt, "int", TAxis::GetNdivisions, (TAxis a, Integer n) -> a.SetNdivisions(n))
            .member("fAxisColor", kShort, "short", TAxis::GetAxisColor, (TAxis a, Integer v) -> a.SetAxisColor(v))
            .member("fLabelColor", kShort, "short", TAxis::GetLabelColor, (TAxis a, Integer v) -> a.SetLabelColor(v))
            .member("fLabelFont", kShort, "short", TAxis::GetLabelFont, (TAxis a, Integer v) -> a.SetLabelFont(v))
            .member("fLabelOffset", kFloat, "float", TAxis::GetLabelOffset, (TAxis a, Float v) -> a.SetLabelOffset(v))
            .member("fLabelSize", kFloat, "float", TAxis::GetLabelSize, (TAxis a, Float v) -> a.SetLabelSize(v))
            .member("fTickLength", kFloat, "float", TAxis::GetTickLength, (TAxis a, Float v) -> a.SetTickLength(v))
            .member("fTitleOffset", kFloat, "float", TAxis::GetTitleOffset, (TAxis a, Float v) -> a.SetTitleOffset(v))
            .member("fTitleSize", kFloat, "float", TAxis::GetTitleSize, (TAxis a, Float v) -> a.SetTitleSize(v))
            .member("fTitleColor", kShort, "short", TAxis::GetTitleColor, (TAxis a, Integer v) -> a.SetTitleColor(v))
            .member("fTitleFont", kShort, "short", TAxis::GetTitleFont, (TAxis a, Integer v) -> a.SetTitleFont(v))
            .build();

    static final ClassDescription TAXIS = ClassDescription.of(TAxis.class, "TAxis", 10, 1514761840L)
            .factory(TAxis::new)
            .base(TNAMED)
            .base(TATTAXIS)
            .member("fNbins", kInt, "int", TAxis::GetNbins, (TAxis a, Integer n) -> a.Set(n, a.GetXmin(), a.GetXmax()))
            .member("fXmin", kDouble, "double", TAxis::GetXmin, (TAxis a, Double x) -> a.Set(a.GetNbins(), x, a.GetXmax()))
            .member("fXmax", kDouble, "double", TAxis::GetXmax, (TAxis a, Double x) -> a.Set(a.GetNbins(), a.GetXmin(), x))
            .member("fXbins", kAny, "TArrayD", a -> a.IsVariableBinSize() ? a.GetXbins() : new double[0],
                    (TAxis a, double[] edges) -> { if (edges.length > 1) a.Set(edges.length - 1, edges); })
            // fFirst/fLast as stored: 0 when no range is set
            .member("fFirst", kInt, "int", a -> a.IsRangeSet() ? a.GetFirst() : 0,
                    (TAxis a, Integer first) -> { if (first > 0) a.SetRange(first, a.GetNbins()); })
            .member("fLast", kInt, "int", a -> a.IsRangeSet() ? a.GetLast() : 0,
                    (TAxis a, Integer last) -> { if (last > 0) a.SetRange(a.IsRangeSet() ? a.GetFirst() : 1, last); })
            .member("fBits2", kUShort, "unsigned short", a -> 0)
            .member("fTimeDisplay", kBool, "bool", a -> false)
            .member("fTimeFormat", kTString, "TString", a -> "")
            .member("fLabels", kObjectP, "THashList*", TAxis::GetLabels, HistClasses::setLabels)
            .member("fModLabs", kObjectP, "TList*", a -> null)
            .build();

    static final ClassDescription TH1_ = ClassDescription.of(TH1.class, "TH1", 8, 473383108L)
            .base(TNAMED)
            .base(TATTLINE)
            .base(TATTFILL)
            .base(TATTMARKER)
            .member("fNcells", kInt, "int", TH1::GetNcells)
            .member("fXaxis", kObject, "TAxis", TH1::GetXaxis)
            .member("fYaxis", kObject, "TAxis", TH1::GetYaxis)
            .member("fZaxis", kObject, "TAxis", TH1::GetZaxis)
            // bar charts are not supported: ROOT's defaults, offset 0 and width 1000 (per mille)
            .member("fBarOffset", kShort, "short", h -> 0)
            .member("fBarWidth", kShort, "short", h -> 1000)
            .member("fEntries", kDouble, "double", TH1::GetEntries, (TH1 h, Double v) -> h.SetEntries(v))
            .member("fTsumw", kDouble, "double", TH1::getTsumw, (TH1 h, Double v) -> h.setTsumw(v))
            .member("fTsumw2", kDouble, "double", TH1::getTsumw2, (TH1 h, Double v) -> h.setTsumw2(v))
            .member("fTsumwx", kDouble, "double", TH1::getTsumwx, (TH1 h, Double v) -> h.setTsumwx(v))
            .member("fTsumwx2", kDouble, "double", TH1::getTsumwx2, (TH1 h, Double v) -> h.setTsumwx2(v))
            .member("fMaximum", kDouble, "double", TH1::GetMaximumStored, (TH1 h, Double v) -> h.SetMaximum(v))
            .member("fMinimum", kDouble, "double", TH1::GetMinimumStored, (TH1 h, Double v) -> h.SetMinimum(v))
            .member("fNormFactor", kDouble, "double", h -> 0.0)
            .member("fContour", kAny, "TArrayD", h -> new double[0])
            .member("fSumw2", kAny, "TArrayD", TH1::getSumw2Array, TH1::setSumw2Array)
            .member("fOption", kTString, "TString", TH1::GetOption, TH1::SetOption)
            .member("fFunctions", kObjectp, "TList*", TH1::GetListOfFunctions)
            // no fill buffer: ROOT's fBufferSize 0 and an empty fBuffer
            .member("fBufferSize", kCounter, "int", h -> 0)
            .counted("fBuffer", kDouble, "double*", "fBufferSize", h -> new double[0])
            .member("fBinStatErrOpt", kInt, "TH1::EBinErrorOpt", h -> 0)
            .member("fStatOverflows", kInt, "TH1::EStatOverflows", TH1::getStatOverflowsMode)
            .build();

    static final ClassDescription TH2_ = ClassDescription.of(TH2.class, "TH2", 5, 25310335L)
            .base(TH1_)
            .member("fScalefactor", kDouble, "double", h -> 1.0)
            .member("fTsumwy", kDouble, "double", TH2::getTsumwy, (TH2 h, Double v) -> h.setTsumwy(v))
            .member("fTsumwy2", kDouble, "double", TH2::getTsumwy2, (TH2 h, Double v) -> h.setTsumwy2(v))
            .member("fTsumwxy", kDouble, "double", TH2::getTsumwxy, (TH2 h, Double v) -> h.setTsumwxy(v))
            .build();

    /** TAtt3D has no members; TH3 lists it as a base. */
    static final ClassDescription TATT3D = ClassDescription.of(TH3.class, "TAtt3D", 1, 30074L).build();

    static final ClassDescription TH3_ = ClassDescription.of(TH3.class, "TH3", 6, 1121076319L)
            .base(TH1_)
            .base(TATT3D)
            .member("fTsumwy", kDouble, "double", TH3::getTsumwy, (TH3 h, Double v) -> h.setTsumwy(v))
            .member("fTsumwy2", kDouble, "double", TH3::getTsumwy2, (TH3 h, Double v) -> h.setTsumwy2(v))
            .member("fTsumwxy", kDouble, "double", TH3::getTsumwxy, (TH3 h, Double v) -> h.setTsumwxy(v))
            .member("fTsumwz", kDouble, "double", TH3::getTsumwz, (TH3 h, Double v) -> h.setTsumwz(v))
            .member("fTsumwz2", kDouble, "double", TH3::getTsumwz2, (TH3 h, Double v) -> h.setTsumwz2(v))
            .member("fTsumwxz", kDouble, "double", TH3::getTsumwxz, (TH3 h, Double v) -> h.setTsumwxz(v))
            .member("fTsumwyz", kDouble, "double", TH3::getTsumwyz, (TH3 h, Double v) -> h.setTsumwyz(v))
            .build();

    /** A concrete histogram: its dimension's base, then the content array as a TArray base. */
    private static ClassDescription histogram(String name, int version, long checksum, ClassDescription base,
            ClassDescription array, java.util.function.Supplier<TH1> make) {
        return ClassDescription.of(TH1.class, name, version, checksum)
                .factory(make)
                .base(base)
                .base(array, TH1::getContentArray, TH1::setContentArray)
                .build();
    }

    static final ClassDescription TH1C_ = histogram("TH1C", 3, 922150061L, TH1_, TARRAYC, () -> detached(() -> new TH1C("", "", 1, 0, 1)));
    static final ClassDescription TH1S_ = histogram("TH1S", 3, 2353896907L, TH1_, TARRAYS, () -> detached(() -> new TH1S("", "", 1, 0, 1)));
    static final ClassDescription TH1I_ = histogram("TH1I", 3, 1651860726L, TH1_, TARRAYI, () -> detached(() -> new TH1I("", "", 1, 0, 1)));
    static final ClassDescription TH1F_ = histogram("TH1F", 3, 3801323076L, TH1_, TARRAYF, () -> detached(() -> new TH1F("", "", 1, 0, 1)));
    static final ClassDescription TH1D_ = histogram("TH1D", 3, 4189148831L, TH1_, TARRAYD, () -> detached(() -> new TH1D("", "", 1, 0, 1)));
    static final ClassDescription TH2I_ = histogram("TH2I", 4, 3900608839L, TH2_, TARRAYI,
            () -> detached(() -> new TH2I("", "", 1, 0, 1, 1, 0, 1)));
    static final ClassDescription TH2F_ = histogram("TH2F", 4, 1755103893L, TH2_, TARRAYF,
            () -> detached(() -> new TH2F("", "", 1, 0, 1, 1, 0, 1)));
    static final ClassDescription TH2D_ = histogram("TH2D", 4, 2142929648L, TH2_, TARRAYD,
            () -> detached(() -> new TH2D("", "", 1, 0, 1, 1, 0, 1)));
    static final ClassDescription TH3I_ = histogram("TH3I", 4, 3447590365L, TH3_, TARRAYI,
            () -> detached(() -> new TH3I("", "", 1, 0, 1, 1, 0, 1, 1, 0, 1)));
    static final ClassDescription TH3F_ = histogram("TH3F", 4, 1302085419L, TH3_, TARRAYF,
            () -> detached(() -> new TH3F("", "", 1, 0, 1, 1, 0, 1, 1, 0, 1)));
    static final ClassDescription TH3D_ = histogram("TH3D", 4, 1689911174L, TH3_, TARRAYD,
            () -> detached(() -> new TH3D("", "", 1, 0, 1, 1, 0, 1, 1, 0, 1)));

    static final ClassDescription TPROFILE = ClassDescription.of(TProfile.class, "TProfile", 7, 1273884244L)
            .factory(() -> (TProfile) detached(() -> new TProfile("", "", 1, 0, 1)))
            .base(TH1D_)
            .member("fBinEntries", kAny, "TArrayD", TProfile::getBinEntriesArray, TProfile::setBinEntriesArray)
            .member("fErrorMode", kInt, "EErrorType", TProfile::getErrorMode, TProfile::setErrorMode)
            .member("fYmin", kDouble, "double", TProfile::GetYmin, TProfile::setYmin)
            .member("fYmax", kDouble, "double", TProfile::GetYmax, TProfile::setYmax)
            .member("fTsumwy", kDouble, "double", TProfile::getTsumwy, TProfile::setTsumwy)
            .member("fTsumwy2", kDouble, "double", TProfile::getTsumwy2, TProfile::setTsumwy2)
            .member("fBinSumw2", kAny, "TArrayD", TProfile::getBinSumw2Array, TProfile::setBinSumw2Array)
            .build();

    static final ClassDescription TPROFILE2D = ClassDescription.of(TProfile2D.class, "TProfile2D", 8, 916538028L)
            .factory(() -> (TProfile2D) detached(() -> new TProfile2D("", "", 1, 0, 1, 1, 0, 1)))
            .base(TH2D_)
            .member("fBinEntries", kAny, "TArrayD", TProfile2D::getBinEntriesArray, TProfile2D::setBinEntriesArray)
            .member("fErrorMode", kInt, "EErrorType", TProfile2D::getErrorMode, TProfile2D::setErrorMode)
            .member("fZmin", kDouble, "double", TProfile2D::GetZmin, TProfile2D::setZmin)
            .member("fZmax", kDouble, "double", TProfile2D::GetZmax, TProfile2D::setZmax)
            .member("fTsumwz", kDouble, "double", TProfile2D::getTsumwz, TProfile2D::setTsumwz)
            .member("fTsumwz2", kDouble, "double", TProfile2D::getTsumwz2, TProfile2D::setTsumwz2)
            .member("fBinSumw2", kAny, "TArrayD", TProfile2D::getBinSumw2Array, TProfile2D::setBinSumw2Array)
            .build();

    static final ClassDescription TGRAPH = ClassDescription.of(TGraph.class, "TGraph", 4, 100136037L)
            .factory(TGraph::new)
            .base(TNAMED)
            .base(TATTLINE)
            .base(TATTFILL)
            .base(TATTMARKER)
            .member("fNpoints", kCounter, "int", TGraph::GetN, (TGraph g, Integer n) -> g.Set(n))
            .counted("fX", kDouble, "double*", "fNpoints", TGraph::GetX, (TGraph g, double[] x) -> copyInto(x, g.GetX()))
            .counted("fY", kDouble, "double*", "fNpoints", TGraph::GetY, (TGraph g, double[] y) -> copyInto(y, g.GetY()))
            .member("fFunctions", kObjectP, "TList*", TGraph::GetListOfFunctions,
                    (TGraph g, TList functions) -> addAll(g.GetListOfFunctions(), functions))
            .member("fHistogram", kObjectP, "TH1F*", g -> null)
            .member("fMinimum", kDouble, "double", g -> -1111.0)
            .member("fMaximum", kDouble, "double", g -> -1111.0)
            .build();

    static final ClassDescription TGRAPHERRORS = ClassDescription.of(TGraphErrors.class, "TGraphErrors", 3, 712827663L)
            .factory(TGraphErrors::new)
            .base(TGRAPH)
            .counted("fEX", kDouble, "double*", "fNpoints", TGraphErrors::GetEX,
                    (TGraphErrors g, double[] ex) -> copyInto(ex, g.GetEX()))
            .counted("fEY", kDouble, "double*", "fNpoints", TGraphErrors::GetEY,
                    (TGraphErrors g, double[] ey) -> copyInto(ey, g.GetEY()))
            .build();

    static final ClassDescription TGRAPHASYMMERRORS = ClassDescription.of(TGraphAsymmErrors.class,
                    "TGraphAsymmErrors", 3, 3427184443L)
            .factory(TGraphAsymmErrors::new)
            .base(TGRAPH)
            .counted("fEXlow", kDouble, "double*", "fNpoints", TGraphAsymmErrors::GetEXlow,
                    (TGraphAsymmErrors g, double[] e) -> setErrors(g, e, 0))
            .counted("fEXhigh", kDouble, "double*", "fNpoints", TGraphAsymmErrors::GetEXhigh,
                    (TGraphAsymmErrors g, double[] e) -> setErrors(g, e, 1))
            .counted("fEYlow", kDouble, "double*", "fNpoints", TGraphAsymmErrors::GetEYlow,
                    (TGraphAsymmErrors g, double[] e) -> setErrors(g, e, 2))
            .counted("fEYhigh", kDouble, "double*", "fNpoints", TGraphAsymmErrors::GetEYhigh,
                    (TGraphAsymmErrors g, double[] e) -> setErrors(g, e, 3))
            .build();

    /** TF1's parameters and their names (not a TObject). */
    static final ClassDescription TF1PARAMETERS = ClassDescription.of(TF1.class, "TF1Parameters", 1, 3607298702L)
            .member("fParameters", kSTL, "vector<double>", TF1::GetParameters)
            .member("fParNames", kSTL, "vector<string>", HistClasses::parameterNames)
            .build();

    /**
     * TF1 v12. fFormula is not written: JSROOT would evaluate it with its own formula syntax, and a
     * TF1 of Java code has none; instead fSave holds the function at fNpx+1 equidistant points
     * followed by xmin and xmax, which JSROOT draws (ROOT's TF1::Save layout).
     */
    static final ClassDescription TF1_ = ClassDescription.of(TF1.class, "TF1", 12, 1914961880L)
            .base(TNAMED)
            .base(TATTLINE)
            .base(TATTFILL)
            .base(TATTMARKER)
            .member("fXmin", kDouble, "double", TF1::GetXmin)
            .member("fXmax", kDouble, "double", TF1::GetXmax)
            .member("fNpar", kInt, "int", TF1::GetNpar)
            .member("fNdim", kInt, "int", f -> 1)
            .member("fNpx", kInt, "int", TF1::GetNpx)
            // ROOT's EFType: 0 a formula, 1 compiled code (our Java lambdas)
            .member("fType", kInt, "TF1::EFType", f -> f.GetExpFormula().isEmpty() ? 1 : 0)
            .member("fNpfits", kInt, "int", f -> 0)
            .member("fNDF", kInt, "int", TF1::GetNDF)
            .member("fChisquare", kDouble, "double", TF1::GetChisquare)
            .member("fMinimum", kDouble, "double", f -> -1111.0)
            .member("fMaximum", kDouble, "double", f -> -1111.0)
            .member("fParErrors", kSTL, "vector<double>", HistClasses::parameterErrors)
            .member("fParMin", kSTL, "vector<double>", f -> parameterLimits(f, 0))
            .member("fParMax", kSTL, "vector<double>", f -> parameterLimits(f, 1))
            .member("fSave", kSTL, "vector<double>", HistClasses::savedPoints)
            .member("fNormalized", kBool, "bool", f -> false)
            .member("fNormIntegral", kDouble, "double", f -> 0.0)
            .member("fFormula", kObjectP, "TFormula", f -> null)
            .member("fParams", kAnyP, "TF1Parameters", f -> f.GetNpar() > 0 ? f : null)
            .member("fComposition", kObjectP, "TF1AbsComposition", f -> null)
            .build();

    /** THStack v2: its checksum is not in any ROOT-written streamer info we have. */
    static final ClassDescription THSTACK = ClassDescription.of(THStack.class, "THStack", 2,
                    ClassDescription.UNKNOWN_CHECKSUM)
            .factory(THStack::new)
            .base(TNAMED)
            .member("fHists", kObjectP, "TList*", s -> listOf(s.GetHists()), HistClasses::addHists)
            .member("fStack", kObjectP, "TObjArray*", s -> null)
            .member("fHistogram", kObjectP, "TH1*", s -> null)
            .member("fMaximum", kDouble, "double", THStack::getStoredMaximum, THStack::SetMaximum)
            .member("fMinimum", kDouble, "double", THStack::getStoredMinimum, THStack::SetMinimum)
            .build();

    static final ClassDescription TMULTIGRAPH = ClassDescription.of(TMultiGraph.class, "TMultiGraph", 2, 3767090389L)
            .factory(TMultiGraph::new)
            .base(TNAMED)
            .member("fGraphs", kObjectP, "TList*", HistClasses::graphsWithOptions, HistClasses::addGraphs)
            .member("fFunctions", kObjectP, "TList*", m -> new TList())
            .member("fHistogram", kObjectP, "TH1F*", m -> null)
            .member("fMaximum", kDouble, "double", m -> -1111.0)
            .member("fMinimum", kDouble, "double", m -> -1111.0)
            .build();

    static void register(ClassRegistry registry) {
        registry.add(TAxis.class, TAXIS);
        registry.add(TH1C.class, TH1C_);
        registry.add(TH1S.class, TH1S_);
        registry.add(TH1I.class, TH1I_);
        registry.add(TH1F.class, TH1F_);
        registry.add(TH1D.class, TH1D_);
        registry.add(TH2I.class, TH2I_);
        registry.add(TH2F.class, TH2F_);
        registry.add(TH2D.class, TH2D_);
        registry.add(TH3I.class, TH3I_);
        registry.add(TH3F.class, TH3F_);
        registry.add(TH3D.class, TH3D_);
        registry.add(TProfile.class, TPROFILE);
        registry.add(TProfile2D.class, TPROFILE2D);
        registry.add(TGraph.class, TGRAPH);
        registry.add(TGraphErrors.class, TGRAPHERRORS);
        registry.add(TGraphAsymmErrors.class, TGRAPHASYMMERRORS);
        registry.add(TF1.class, TF1_);
        registry.add(THStack.class, THSTACK);
        registry.add(TMultiGraph.class, TMULTIGRAPH);
        for (ClassDescription d : new ClassDescription[] {TATTAXIS, TH1_, TH2_, TATT3D, TH3_, TF1PARAMETERS}) {
            registry.add(null, d);
        }
    }

    /** A histogram made for the reader: it joins a directory only when the file gives it one. */
    private static TH1 detached(java.util.function.Supplier<TH1> make) {
        boolean add = TH1.AddDirectoryStatus();
        TH1.AddDirectory(false);
        try {
            return make.get();
        } finally {
            TH1.AddDirectory(add);
        }
    }

    private static void copyInto(double[] values, double[] target) {
        System.arraycopy(values, 0, target, 0, Math.min(values.length, target.length));
    }

    /** One of the four error arrays of an asymmetric-error graph (0 x low, 1 x high, 2 y low, 3 y high). */
    private static void setErrors(TGraphAsymmErrors g, double[] e, int which) {
        for (int i = 0; i < Math.min(e.length, g.GetN()); i++) {
            double[] four = {g.GetErrorXlow(i), g.GetErrorXhigh(i), g.GetErrorYlow(i), g.GetErrorYhigh(i)};
            four[which] = e[i];
            g.SetPointError(i, four[0], four[1], four[2], four[3]);
        }
    }

    /** Alphanumeric labels: each TObjString's fUniqueID is its bin. */
    private static void setLabels(TAxis axis, TList labels) {
        if (labels == null) {
            return;
        }
        for (org.rootprompt.root.core.TObject label : labels) {
            axis.SetBinLabel(label.GetUniqueID(), ((org.rootprompt.root.core.TObjString) label).GetString());
        }
    }

    private static TList listOf(java.util.List<? extends org.rootprompt.root.core.TObject> objects) {
        TList list = new TList();
        objects.forEach(list::Add);
        return list;
    }

    /** The objects of a list read (a graph's fitted functions) into the list our object owns. */
    private static void addAll(TList target, TList read) {
        if (read != null) {
            for (int i = 0; i < read.GetSize(); i++) {
                target.Add(read.At(i), read.optionAt(i));
            }
        }
    }

    private static void addHists(THStack stack, TList hists) {
        if (hists != null) {
            for (int i = 0; i < hists.GetSize(); i++) {
                if (hists.At(i) instanceof TH1 histogram) {
                    stack.Add(histogram, hists.optionAt(i));
                }
            }
        }
    }

    private static void addGraphs(TMultiGraph multigraph, TList graphs) {
        if (graphs != null) {
            for (int i = 0; i < graphs.GetSize(); i++) {
                if (graphs.At(i) instanceof TGraph graph) {
                    multigraph.Add(graph, graphs.optionAt(i));
                }
            }
        }
    }

    private static TList graphsWithOptions(TMultiGraph m) {
        TList list = new TList();
        for (int i = 0; i < m.GetListOfGraphs().size(); i++) {
            list.Add(m.GetListOfGraphs().get(i), m.GetGraphOption(i));
        }
        return list;
    }

    private static String[] parameterNames(TF1 f) {
        String[] names = new String[f.GetNpar()];
        for (int i = 0; i < names.length; i++) {
            names[i] = f.GetParName(i);
        }
        return names;
    }

    /** ROOT keeps one error per parameter, 0 before a fit. */
    private static double[] parameterErrors(TF1 f) {
        double[] errors = new double[f.GetNpar()];
        for (int i = 0; i < errors.length; i++) {
            errors[i] = f.GetParError(i);
        }
        return errors;
    }

    private static double[] parameterLimits(TF1 f, int which) {
        double[] limits = new double[f.GetNpar()];
        for (int i = 0; i < limits.length; i++) {
            limits[i] = f.GetParLimits(i)[which];
        }
        return limits;
    }

    /** y at fNpx+1 equidistant points from xmin to xmax, then xmin and xmax (ROOT's TF1::Save). */
    static double[] savedPoints(TF1 f) {
        int npx = f.GetNpx();
        double xmin = f.GetXmin();
        double xmax = f.GetXmax();
        double[] save = new double[npx + 3];
        for (int i = 0; i <= npx; i++) {
            save[i] = f.Eval(xmin + i * (xmax - xmin) / npx);
        }
        save[npx + 1] = xmin;
        save[npx + 2] = xmax;
        return save;
    }
}

#!/usr/bin/env python3
"""Reference values for TColorTest, computed independently of the Java code.

1. Palette kBird: ROOT's nine stops (TColor::SetPalette, case 57) are joined by straight lines;
   ROOT gives segment g floor(255 s_g) - floor(255 s_{g-1}) colours, the k-th of them at the fraction
   k / steps of the segment. Here the same positions are evaluated with numpy.interp on the stops and
   rounded to single precision (ROOT keeps colours as Float_t).
2. Colours ROOT derives through the HLS model (the old rainbow 51-99, the 3-D shades 201-228, dark
   and bright companions), from Python's colorsys, which implements the same HLS model.

Run: /usr/bin/python3 bench/reference/tcolor_reference.py
"""
import colorsys
import math
import numpy as np

stops = np.array([0.0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0])
bird = {
    "red":   [0.2082, 0.0592, 0.0780, 0.0232, 0.1802, 0.5301, 0.8186, 0.9956, 0.9764],
    "green": [0.1664, 0.3599, 0.5041, 0.6419, 0.7178, 0.7492, 0.7328, 0.7862, 0.9832],
    "blue":  [0.5293, 0.8684, 0.8385, 0.7914, 0.6425, 0.4662, 0.3499, 0.1968, 0.0539],
}

# the position (in stop units) of every palette colour
positions = []
for g in range(1, len(stops)):
    steps = math.floor(255 * stops[g]) - math.floor(255 * stops[g - 1])
    positions += [stops[g - 1] + k / steps * (stops[g] - stops[g - 1]) for k in range(steps)]
assert len(positions) == 255

for j in (0, 31, 127, 200, 254):
    rgb = [np.float32(np.interp(positions[j], stops, bird[c])) for c in ("red", "green", "blue")]
    print("kBird[%d] %.9g %.9g %.9g" % (j, *rgb))

def hls(h_degrees, l, s):
    return colorsys.hls_to_rgb(h_degrees / 360.0, l, s)

# old rainbow: colour 51 + i has hue 280 - (i + 1) * 5.6, light 0.5, saturation 1
for number in (51, 75, 99):
    i = number - 51
    print("color %d %.9g %.9g %.9g" % (number, *hls(280 - (i + 1) * 5.6, 0.5, 1.0)))

# 3-D shades of red (colour 2, components 1 -> 0.9 and 0 -> 0.1): colours 205-208, light x 0.6 0.8 1.2 1.4
h, l, s = colorsys.rgb_to_hls(0.9, 0.1, 0.1)
for k, factor in enumerate((0.6, 0.8, 1.2, 1.4)):
    print("color %d %.9g %.9g %.9g" % (205 + k, *colorsys.hls_to_rgb(h, min(factor * l, 1.0), s)))

# dark (light x 0.7) and bright (light x 1.2) companions
for number, rgb, factor in ((102, (1, 0, 0), 0.7), (154, (0, 0, 1), 1.2), (138, (0.49, 0.6, 0.82), 0.7)):
    h, l, s = colorsys.rgb_to_hls(*rgb)
    print("color %d %.9g %.9g %.9g" % (number, *colorsys.hls_to_rgb(h, min(factor * l, 1.0), s)))

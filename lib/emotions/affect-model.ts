// Written by `npm run fit-affect` from the dev sets' train splits (see scripts/fit-affect.ts); do not edit by hand.
export const AFFECT_MODEL = {
  "features": [
    "termValence",
    "termArousal",
    "wordValence",
    "distinctWordValence",
    "negativeWordShare",
    "wordArousal",
    "family:wonder",
    "family:transcendence",
    "family:tenderness",
    "family:nostalgia",
    "family:peacefulness",
    "family:power",
    "family:joyful_activation",
    "family:tension",
    "family:sadness"
  ],
  "centre": {
    "en": [
      0.2605,
      0.1561,
      0.0941,
      0.0813,
      0.4173,
      0.1398,
      0,
      0.0594,
      0.1573,
      0,
      0.0324,
      0,
      0.0875,
      0.0958,
      0.1525
    ],
    "es": [
      0.1857,
      0.0982,
      -0.0812,
      -0.0762,
      0.5612,
      0,
      0,
      0,
      0.1087,
      0,
      0,
      0,
      0,
      0,
      0.2164
    ]
  },
  "scale": [
    0.3267,
    0.2176,
    0.2209,
    0.2066,
    0.2072,
    0.2362,
    0.0974,
    0.1443,
    0.2094,
    0.0832,
    0.1223,
    0.1146,
    0.1634,
    0.1613,
    0.1923
  ],
  "valence": {
    "weights": [
      0.194,
      -0.1,
      0.303,
      0.319,
      -0.122,
      -0.051,
      0.146,
      -0.159,
      0.028,
      -0.25,
      0.004,
      -0.025,
      0.228,
      0.037,
      0.016
    ],
    "bias": 0.023
  },
  "arousal": {
    "weights": [
      0.208,
      -0.04,
      -0.025,
      -0.211,
      -0.14,
      0.591,
      -0.03,
      -0.08,
      -0.09,
      -0.062,
      -0.267,
      -0.024,
      0.042,
      0.046,
      -0.005
    ],
    "bias": 0.308
  }
} as const;

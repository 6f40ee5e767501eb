/**
 * The standard rules catch broken CSS (syntax, duplicate selectors and properties, empty blocks, invalid
 * colours, unknown properties). The stylistic ones below follow the DSFR's own conventions instead.
 * @type {import("stylelint").Config}
 */
export default {
  extends: ["stylelint-config-standard"],
  rules: {
    // DSFR naming: block__element--modifier (fr-table__content, ceres-count--rejet).
    "selector-class-pattern": [
      "^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$",
      { message: (selector) => `La classe ${selector} doit suivre la convention du DSFR (bloc__element--modificateur).` },
    ],
    // The DSFR writes rgba(0, 0, 18, 0.16) and (max-width: …): the same notation here.
    "color-function-notation": "legacy",
    "color-function-alias-notation": null,
    "alpha-value-notation": "number",
    "media-feature-range-notation": "prefix",
  },
};

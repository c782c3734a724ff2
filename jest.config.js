/**
 * Jest: TypeScript through ts-jest; ESM-only packages (syllable and its helpers) are transformed too.
 * Two projects: the unit tests, and the end-to-end tests in headless Chromium over the production
 * build (npm test builds it first; `npm run test:e2e` builds and runs only those).
 */
const esmPackages = ["syllable", "pluralize", "normalize-strings", "stemmer"].join("|");

const typescript = {
  transform: {
    "^.+\\.[tj]sx?$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node",
          allowJs: true,
          jsx: "react-jsx",
          isolatedModules: true,
        },
      },
    ],
  },
  transformIgnorePatterns: [`node_modules/(?!(${esmPackages})/)`],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

/** @type {import('jest').Config} */
module.exports = {
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
      ...typescript,
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.e2e.test.ts"],
      ...typescript,
    },
  ],
};
